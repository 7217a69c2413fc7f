import { KeysetQuery, RecordDivisions } from '@civic/platform';

export interface DisclosureView {
  id: string;
  committeeCode: string;
  kind: string;
  periodEnd: string;
  dueOn: string;
  publishedOn: string | null;
  content: string | null;
  overdue: boolean;
  version: number;
}

/** Query port: disclosures within the caller's districts; overdue ones (unpublished after their due day) per town. */
export interface DisclosureQueries extends RecordDivisions {
  kinds(): Promise<{ code: string; name: string; dueDays: number }[]>;
  get(id: string, today: string): Promise<DisclosureView | null>;
  list(filter: { divisionCode?: string; overdue?: boolean }, today: string, page: KeysetQuery): Promise<DisclosureView[]>;
}

export const DISCLOSURE_QUERIES = Symbol('DISCLOSURE_QUERIES');
