import { PageQuery } from '@civic/platform';
import { Division } from '../domain/division';

/** A division as the API shows it. */
export interface DivisionView {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  status: string;
  version: number;
}

/** One change in a division's history (沿革). */
export interface DivisionHistoryView {
  version: number;
  change: string;
  name: string;
  previousName: string | null;
  effectiveDate: string;
  reason: string | null;
  recordedAt: string;
  recordedBy: string;
}

/** Query port: lists and history straight from the tables, no aggregate needed. */
export interface DivisionQueries {
  list(filter: { parentCode?: string; level?: string; status?: string }, page: PageQuery): Promise<{ items: DivisionView[]; total: number }>;
  get(code: string): Promise<DivisionView | null>;
  history(code: string): Promise<DivisionHistoryView[]>;
}

export const DIVISION_QUERIES = Symbol('DIVISION_QUERIES');

export function divisionView(division: Division): DivisionView {
  const s = division.snapshot();
  return { ...s, validFrom: s.validFrom.toString(), validTo: s.validTo?.toString() ?? null };
}
