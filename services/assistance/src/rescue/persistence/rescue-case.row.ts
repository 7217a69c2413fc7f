/** A `rescue_case` row as this module's adapters select it; it never leaves persistence/. */
export interface RescueRow {
  id: string;
  status: string;
  found_division_code: string;
  found_on: string;
  found_place: string;
  description: string;
  person_name: string | null;
  citizen_id: string | null;
  sex: string | null;
  estimated_age: number | null;
  shelter: string | null;
  sheltered_on: string | null;
  identity_search: { on: string; method: string; result: string }[];
  outcome: { kind: string; detail: string; on: string } | null;
  closed_on: string | null;
  version: number;
}

export const RESCUE_COLUMNS = `id, status, found_division_code, found_on::text, found_place, description, person_name, citizen_id, sex, estimated_age, shelter, sheltered_on::text, identity_search, outcome, closed_on::text, version`;
