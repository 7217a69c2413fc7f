/** A `home_adaptation` row as selected by the adapters of this module; it never leaves persistence/. */
export interface HomeAdaptationRow {
  id: string;
  citizen_id: string;
  name: string;
  division_code: string;
  address: string;
  applied_on: string;
  status: 'applied' | 'assessed' | 'in-works' | 'accepted' | 'closed';
  assessed_on: string | null;
  assessor: string | null;
  items: { item: string; costFen: number }[] | null;
  estimated_cost_fen: string | null;
  share_percent: number | null;
  approved_subsidy_fen: string | null;
  contractor: string | null;
  works_started_on: string | null;
  accepted_on: string | null;
  actual_cost_fen: string | null;
  granted_subsidy_fen: string | null;
  closed_reason: string | null;
  version: number;
}

export const HOME_ADAPTATION_COLUMNS = `id, citizen_id, name, division_code, address, applied_on::text, status, assessed_on::text, assessor, items,
  estimated_cost_fen, share_percent, approved_subsidy_fen, contractor, works_started_on::text, accepted_on::text, actual_cost_fen,
  granted_subsidy_fen, closed_reason, version`;
