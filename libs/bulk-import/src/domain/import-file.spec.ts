import { checkImportShape } from './import-file';

describe('an uploaded file’s shape', () => {
  const columns = ['ref', 'name'] as const;
  it('has exactly the import’s columns and between one row and the cap', () => {
    expect(() => checkImportShape(columns, ['ref'], [{ ref: 'a' }], 10)).toThrow(/lacks name/);
    expect(() => checkImportShape(columns, ['ref', 'name', 'colour'], [{ ref: 'a' }], 10)).toThrow(/unknown columns: colour/);
    expect(() => checkImportShape(columns, ['ref', 'name'], [], 10)).toThrow(/no rows/);
    expect(() => checkImportShape(columns, ['ref', 'name'], [{}, {}, {}], 2)).toThrow(/at most 2 rows/);
    expect(checkImportShape(columns, ['name', 'ref'], [{ ref: 'a', name: 'b' }], 10)).toEqual([{ ref: 'a', name: 'b' }]);
  });
});
