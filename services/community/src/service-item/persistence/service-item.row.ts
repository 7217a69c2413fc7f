/** A `service_item` row as selected by the adapters of this module; it never leaves persistence/. */
export interface ServiceItemRow {
  code: string;
  name: string;
  legal_basis: string;
  department: string;
  time_limit_days: number;
  materials: string[];
  status: 'admitted' | 'withdrawn';
  admission_no: string;
  admitted_on: string;
  committee_admission_no: string | null;
  committees_admitted_on: string | null;
  withdrawn_on: string | null;
  withdrawn_reason: string | null;
  version: number;
}

export const SERVICE_ITEM_COLUMNS = `code, name, legal_basis, department, time_limit_days, materials, status, admission_no, admitted_on::text AS admitted_on,
  committee_admission_no, committees_admitted_on::text AS committees_admitted_on, withdrawn_on::text AS withdrawn_on, withdrawn_reason, version`;
