import { checkImportShape, householdFromRows, IMPORT_COLUMNS, ImportFields, rowOfError } from './import-rows';

const fields = (overrides: Partial<ImportFields> = {}): ImportFields => ({
  householdRef: 'A',
  divisionCode: '310104003',
  address: '某路',
  citizenId: 'x',
  name: 'n',
  relation: 'head',
  monthlyIncome: '0',
  assets: '0',
  disabilityGrade: '',
  ...overrides,
});

describe('household import rows', () => {
  it('checks the header and the size', () => {
    expect(() => checkImportShape(['householdRef'], [fields()])).toThrow(/lacks/);
    expect(() => checkImportShape([...IMPORT_COLUMNS, 'colour'], [fields()])).toThrow(/unknown columns: colour/);
    expect(() => checkImportShape([...IMPORT_COLUMNS], [])).toThrow(/no rows/);
    expect(() => checkImportShape([...IMPORT_COLUMNS], [fields()])).not.toThrow();
  });
  it('groups a household and points errors at the row', () => {
    const rows = [
      { rowNumber: 2, fields: fields() },
      { rowNumber: 5, fields: fields({ relation: 'spouse', disabilityGrade: '2' }) },
    ];
    expect(householdFromRows(rows).members.map((m) => m.disabilityGrade)).toEqual([null, 2]);
    expect(rowOfError(rows, 'members[1].citizenId')).toBe(5);
    expect(rowOfError(rows, 'divisionCode')).toBeNull();
    const inconsistent = [rows[0], { rowNumber: 7, fields: fields({ address: '另一路' }) }];
    expect(() => householdFromRows(inconsistent)).toThrow(/row 7/);
    expect(() => householdFromRows([{ rowNumber: 9, fields: fields({ disabilityGrade: '7' }) }])).toThrow(/1-4/);
  });
});
