/** A `division` row as this module's adapters select it; it never leaves persistence/. */
export interface DivisionRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
  status: string;
  version: number;
}

export const DIVISION_COLUMNS = `code, name, level, parent_code, valid_from::text, valid_to::text, status, version`;
