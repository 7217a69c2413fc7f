import { checkImportShape as checkImportFile, ImportRow as BulkImportRow } from '@civic/bulk-import/rules';
import { DomainError } from '@civic/domain-kernel';

/** The columns of a household import file, one row per member, grouped into households by `householdRef`. */
export const IMPORT_COLUMNS = [
  'householdRef',
  'divisionCode',
  'address',
  'citizenId',
  'name',
  'relation',
  'monthlyIncome',
  'assets',
  'disabilityGrade',
] as const;
export type ImportFields = Record<(typeof IMPORT_COLUMNS)[number], string>;
export const MAX_IMPORT_ROWS = 200_000;

export type ImportRow = Pick<BulkImportRow<ImportFields>, 'rowNumber' | 'fields'>;

/** Checks the file's header and size; its rows then have every import column. */
export function checkImportShape(header: string[], rows: Record<string, string>[]): ImportFields[] {
  return checkImportFile(IMPORT_COLUMNS, header, rows, MAX_IMPORT_ROWS);
}

/**
 * The rows of one household: its members, and the household's division and address, which every
 * row must repeat identically. A mismatch rejects the household (and so each of its rows).
 */
export function householdFromRows(rows: ImportRow[]): {
  divisionCode: string;
  address: string;
  members: { citizenId: string; name: string; relation: string; monthlyIncome: string; assets: string; disabilityGrade: number | null }[];
} {
  const [first] = rows;
  rows.forEach((row, i) => {
    if (row.fields.divisionCode !== first.fields.divisionCode || row.fields.address !== first.fields.address) {
      throw new DomainError(
        'IMPORT.HOUSEHOLD_INCONSISTENT',
        `row ${row.rowNumber} gives another divisionCode or address for household ${first.fields.householdRef}`,
        'invalid',
        `members[${i}].address`,
      );
    }
  });
  return {
    divisionCode: first.fields.divisionCode,
    address: first.fields.address,
    members: rows.map((r, i) => {
      const grade = r.fields.disabilityGrade?.trim();
      if (grade && !/^[1-4]$/.test(grade))
        throw new DomainError(
          'HOUSEHOLD.DISABILITY_GRADE_INVALID',
          `row ${r.rowNumber}: disabilityGrade must be 1-4 or empty`,
          'invalid',
          `members[${i}].disabilityGrade`,
        );
      return {
        citizenId: r.fields.citizenId,
        name: r.fields.name,
        relation: r.fields.relation,
        monthlyIncome: r.fields.monthlyIncome,
        assets: r.fields.assets,
        disabilityGrade: grade ? Number(grade) : null,
      };
    }),
  };
}

/** Which row a member-level error (`members[i].field`) points at. */
export function rowOfError(rows: ImportRow[], field: string | undefined): number | null {
  const match = /^members\[(\d+)\]/.exec(field ?? '');
  return match ? (rows[Number(match[1])]?.rowNumber ?? null) : null;
}
