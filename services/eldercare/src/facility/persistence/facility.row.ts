/** A `facility` row as selected by the adapters of this module; it never leaves persistence/. */
export interface FacilityRow {
  id: string;
  name: string;
  kind: string;
  division_code: string;
  address: string;
  operator_name: string;
  operator_uscc: string;
  licensed_capacity: number;
  filing_status: 'filed' | 'revoked';
  filed_on: string;
  revoked_on: string | null;
  revoked_reason: string | null;
  grade_stars: number | null;
  graded_on: string | null;
  grade_valid_until: string | null;
  credit_score: number;
  version: number;
}

/** Dates as ISO text, so that no time zone shifts them. */
export const FACILITY_COLUMNS = `id, name, kind, division_code, address, operator_name, operator_uscc, licensed_capacity, filing_status,
  filed_on::text, revoked_on::text, revoked_reason, grade_stars, graded_on::text, grade_valid_until::text, credit_score, version`;

/** A `facility_credit_move` row. */
export interface CreditMoveRow {
  delta: number;
  score: number;
  reason: string;
  moved_on: string;
  recorded_by: string;
  recorded_at: Date;
}
