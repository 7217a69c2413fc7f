import { PageQuery, RecordDivisions } from '@civic/platform';
import { HomeAdaptation, HomeAdaptationStatus } from '../domain/home-adaptation';
import { HomeAdaptationPolicy } from '../domain/home-adaptation-policy';

/** A home adaptation as the API shows it (amounts in yuan, as decimal strings). */
export interface HomeAdaptationView {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  address: string;
  appliedOn: string;
  status: HomeAdaptationStatus;
  assessment: {
    assessedOn: string;
    assessor: string;
    items: { item: string; cost: string }[];
    estimatedCost: string;
    sharePercent: number;
    approvedSubsidy: string;
  } | null;
  works: { contractor: string; startedOn: string } | null;
  acceptance: { acceptedOn: string; actualCost: string; grantedSubsidy: string } | null;
  closedReason: string | null;
  version: number;
}

export interface HomeAdaptationFilter {
  divisionCode?: string;
  status?: string;
  citizenId?: string;
}

/** Query port: the read side of home adaptations, within the caller's districts. */
export interface HomeAdaptationQueries extends RecordDivisions {
  get(id: string): Promise<HomeAdaptationView | null>;
  list(filter: HomeAdaptationFilter, page: PageQuery): Promise<{ items: HomeAdaptationView[]; total: number }>;
  policy(): Promise<HomeAdaptationPolicy>;
}

export const HOME_ADAPTATION_QUERIES = Symbol('HOME_ADAPTATION_QUERIES');

export function homeAdaptationView(subject: HomeAdaptation): HomeAdaptationView {
  const s = subject.snapshot();
  return {
    id: s.id,
    citizenId: s.citizenId.value,
    name: s.name,
    divisionCode: s.divisionCode,
    address: s.address,
    appliedOn: s.appliedOn.toString(),
    status: s.status,
    assessment: s.assessment && {
      assessedOn: s.assessment.assessedOn.toString(),
      assessor: s.assessment.assessor,
      items: s.assessment.items.map((i) => ({ item: i.item, cost: i.cost.toString() })),
      estimatedCost: s.assessment.estimatedCost.toString(),
      sharePercent: s.assessment.sharePercent,
      approvedSubsidy: s.assessment.approvedSubsidy.toString(),
    },
    works: s.works && { contractor: s.works.contractor, startedOn: s.works.startedOn.toString() },
    acceptance: s.acceptance && {
      acceptedOn: s.acceptance.acceptedOn.toString(),
      actualCost: s.acceptance.actualCost.toString(),
      grantedSubsidy: s.acceptance.grantedSubsidy.toString(),
    },
    closedReason: s.closedReason,
    version: s.version,
  };
}
