import { PageQuery, RecordDivisions } from '@civic/platform';

export interface HouseholdListFilter {
  divisionCode?: string;
  status?: string;
  reviewStatus?: string;
  citizenId?: string;
}

/** A household in a list. */
export interface HouseholdSummaryView {
  id: string;
  divisionCode: string;
  address: string;
  status: string;
  reviewStatus: string;
  memberCount: number;
  version: number;
  createdAt: string;
}

/** One entry of a household's history: the household after the change (citizen IDs unmasked: the controller masks them). */
export interface HouseholdHistoryView {
  version: number;
  change: string;
  reason: string | null;
  snapshot: unknown;
  recordedAt: string;
  recordedBy: string;
}

/** Query port: households within the caller's districts, and the history of one. */
export interface HouseholdQueries extends RecordDivisions {
  list(filter: HouseholdListFilter, page: PageQuery): Promise<{ items: HouseholdSummaryView[]; total: number }>;
  history(id: string): Promise<HouseholdHistoryView[]>;
}

export const HOUSEHOLD_QUERIES = Symbol('HOUSEHOLD_QUERIES');
