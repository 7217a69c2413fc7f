/** A `bed` row as the adapters select it; it never leaves persistence/. */
export interface BedRow {
  id: string;
  facility_id: string;
  division_code: string;
  code: string;
  kind: string;
  home_address: string | null;
  status: 'in-service' | 'withdrawn';
  withdrawn_reason: string | null;
  version: number;
}

export const BED_COLUMNS = `id, facility_id, division_code, code, kind, home_address, status, withdrawn_reason, version`;

/** A `residency` row. */
export interface ResidencyRow {
  id: string;
  bed_id: string;
  facility_id: string;
  division_code: string;
  citizen_id: string;
  name: string;
  admitted_on: string;
  offer_id: string | null;
  discharged_on: string | null;
  discharge_reason: string | null;
  version: number;
}

export const RESIDENCY_COLUMNS = `id, bed_id, facility_id, division_code, citizen_id, name, admitted_on::text, offer_id, discharged_on::text, discharge_reason, version`;
