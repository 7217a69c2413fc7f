import { PageQuery, RecordDivisions } from '@civic/platform';

export interface ApplicationListFilter {
  divisionCode?: string;
  status?: string;
  programme?: string;
  householdId?: string;
  from?: string;
  to?: string;
}

/** An application in a list. */
export interface ApplicationSummaryView {
  id: string;
  householdId: string;
  programme: string;
  divisionCode: string;
  status: string;
  channel: string;
  submittedAt: string;
  stageEnteredOn: string;
  stageDueOn: string | null;
  noticeEndsOn: string | null;
  benefitId: string | null;
  version: number;
}

/** Every step of an application (who, when, why, from which system) and its objections. */
export interface ApplicationTrailView {
  transitions: { from: string | null; to: string; reason: string | null; at: string; actor: string; system: string; requestId: string | null }[];
  objections: { id: string; kind: string; status: string; raisedBy: string; grounds: string; resolution: string | null }[];
}

/** Query port: applications within the caller's districts, overdue ones (超期), and the trail of one. */
export interface ApplicationQueries extends RecordDivisions {
  list(filter: ApplicationListFilter, page: PageQuery): Promise<{ items: ApplicationSummaryView[]; total: number }>;
  overdue(filter: { divisionCode?: string; programme?: string }, today: string, page: PageQuery): Promise<{ items: ApplicationSummaryView[]; total: number }>;
  trail(id: string): Promise<ApplicationTrailView>;
}

export const APPLICATION_QUERIES = Symbol('APPLICATION_QUERIES');
