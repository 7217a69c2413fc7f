import { PageQuery, RecordDivisions } from '@civic/platform';
import { Inspection } from '../domain/inspection';

/** An inspection as the API shows it, with its findings in the order recorded. */
export interface InspectionView {
  id: string;
  facilityId: string;
  divisionCode: string;
  kind: string;
  inspectedOn: string;
  inspector: string;
  outcome: 'passed' | 'open' | 'rectified';
  findings: { id: string; description: string; rectifyBy: string; rectifiedOn: string | null; rectificationNote: string | null; overdueOn: string | null }[];
  version: number;
}

export interface InspectionFilter {
  divisionCode?: string;
  facilityId?: string;
  kind?: string;
}

/** One finding open past its deadline, as the district's overdue list shows it. */
export interface OverdueRectificationView {
  inspectionId: string;
  findingId: string;
  facilityId: string;
  facilityName: string;
  divisionCode: string;
  districtCode: string;
  kind: string;
  inspectedOn: string;
  description: string;
  rectifyBy: string;
  daysOverdue: number;
}

/** Query port: inspections and the overdue rectifications within the caller's districts. */
export interface InspectionQueries extends RecordDivisions {
  get(id: string): Promise<InspectionView | null>;
  list(filter: InspectionFilter, page: PageQuery): Promise<{ items: InspectionView[]; total: number }>;
  overdue(today: string, filter: { divisionCode?: string }, page: PageQuery): Promise<{ items: OverdueRectificationView[]; total: number }>;
}

export const INSPECTION_QUERIES = Symbol('INSPECTION_QUERIES');

export function inspectionView(inspection: Inspection): InspectionView {
  const s = inspection.snapshot();
  return {
    id: s.id,
    facilityId: s.facilityId,
    divisionCode: s.divisionCode,
    kind: s.kind,
    inspectedOn: s.inspectedOn.toString(),
    inspector: s.inspector,
    outcome: inspection.outcome,
    findings: s.findings.map((f) => ({
      id: f.id,
      description: f.description,
      rectifyBy: f.rectifyBy.toString(),
      rectifiedOn: f.rectifiedOn?.toString() ?? null,
      rectificationNote: f.rectificationNote,
      overdueOn: f.overdueOn?.toString() ?? null,
    })),
    version: s.version,
  };
}
