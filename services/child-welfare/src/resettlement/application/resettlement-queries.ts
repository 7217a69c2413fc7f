import { PageQuery, RecordDivisions } from '@civic/platform';
import { ResettlementPlan } from '../domain/resettlement-plan';

export interface ResettlementPlanView {
  id: string;
  childId: string;
  divisionCode: string;
  adultOn: string;
  status: string;
  tracks: string[];
  measures: string | null;
  followUps: { on: string; notes: string }[];
  closedOn: string | null;
  closedReason: string | null;
  version: number;
}

/** Query port: plans within the caller's districts. */
export interface ResettlementQueries extends RecordDivisions {
  get(id: string): Promise<ResettlementPlanView | null>;
  list(filter: { divisionCode?: string; status?: string; childId?: string }, page: PageQuery): Promise<{ items: ResettlementPlanView[]; total: number }>;
}

export const RESETTLEMENT_QUERIES = Symbol('RESETTLEMENT_QUERIES');

export function resettlementPlanView(plan: ResettlementPlan): ResettlementPlanView {
  const s = plan.snapshot();
  return {
    id: s.id,
    childId: s.childId,
    divisionCode: s.divisionCode,
    adultOn: s.adultOn.toString(),
    status: s.status,
    tracks: s.tracks,
    measures: s.measures,
    followUps: s.followUps.map((f) => ({ on: f.on.toString(), notes: f.notes })),
    closedOn: s.closedOn?.toString() ?? null,
    closedReason: s.closedReason,
    version: s.version,
  };
}
