import { stringify } from 'csv-stringify/sync';

/**
 * CSV lines for a spreadsheet-bound export (bank files, import reports). A text cell that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with
 * an apostrophe (OWASP CSV injection); plain numbers, negative amounts included, stay numbers.
 */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows.map((row) => row.map(spreadsheetSafe)));
}

export function spreadsheetSafe(cell: unknown): unknown {
  if (typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}
