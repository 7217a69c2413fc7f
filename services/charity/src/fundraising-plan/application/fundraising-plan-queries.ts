import { PageQuery, RecordDivisions } from '@civic/platform';

/** A plan as the API shows it, with what its donations have raised so far. */
export interface FundraisingPlanView {
  id: string;
  organisationId: string;
  divisionCode: string;
  title: string;
  purpose: string;
  startsOn: string;
  endsOn: string;
  target: string;
  filedOn: string;
  raised: string;
  donations: number;
  /** raised / target, two decimals (1.00 = reached). */
  raisedShare: number;
}

export interface FundraisingPlanFilter {
  divisionCode?: string;
  organisationId?: string;
  /** Plans running on this day. */
  runningOn?: string;
}

/** Query port: the read side of fundraising plans, within the caller's districts. */
export interface FundraisingPlanQueries extends RecordDivisions {
  get(id: string): Promise<FundraisingPlanView | null>;
  list(filter: FundraisingPlanFilter, page: PageQuery): Promise<{ items: FundraisingPlanView[]; total: number }>;
}

export const FUNDRAISING_PLAN_QUERIES = Symbol('FUNDRAISING_PLAN_QUERIES');
