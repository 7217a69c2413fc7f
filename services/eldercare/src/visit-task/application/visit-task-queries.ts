import { PageQuery, RecordDivisions } from '@civic/platform';

export interface VisitTaskView {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  reason: string;
  status: string;
  visitedOn: string | null;
  outcome: string | null;
  closedBy: string | null;
  createdAt: string;
  version: number;
}

/** Query port: visit tasks within the caller's districts, oldest open first. */
export interface VisitTaskQueries extends RecordDivisions {
  get(id: string): Promise<VisitTaskView | null>;
  list(filter: { divisionCode?: string; status?: string }, page: PageQuery): Promise<{ items: VisitTaskView[]; total: number }>;
}

export const VISIT_TASK_QUERIES = Symbol('VISIT_TASK_QUERIES');
