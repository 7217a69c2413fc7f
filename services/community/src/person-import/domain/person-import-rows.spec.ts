import { ControllableClock, errorCodeOf } from '@civic/domain-kernel';
import { dwellingOfRows, dwellingRef, PersonImportFields, residentOfRow } from './person-import-rows';

const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));
const row = (over: Partial<PersonImportFields> = {}): PersonImportFields => ({
  committeeCode: '310104003001',
  address: '天平路100弄5号101室',
  dwellingKind: 'apartment',
  citizenId: '310104195001011235',
  name: '王建国',
  movedInOn: '2010-05-01',
  ...over,
});

describe('community cloud import rows (人房数据)', () => {
  it('group by committee and address, and make the dwelling and its residents by the API’s rules', () => {
    expect(dwellingRef(row())).toBe('310104003001|天平路100弄5号101室');
    const dwelling = dwellingOfRows([row(), row({ citizenId: '310104195203021220' })]);
    expect(dwelling.snapshot()).toMatchObject({ committeeCode: '310104003001', kind: 'apartment' });
    expect(residentOfRow(row(), dwelling, 'p', clock).snapshot()).toMatchObject({ name: '王建国', committeeCode: '310104003001', status: 'resident' });
  });

  it('refuse a dwelling not under a committee, of mixed kinds, and residents with a bad ID or moved in after today', () => {
    expect(errorCodeOf(() => dwellingOfRows([row({ committeeCode: '310104003' })]))).toBe('DWELLING.NOT_UNDER_COMMITTEE');
    expect(errorCodeOf(() => dwellingOfRows([row(), row({ dwellingKind: 'house' })]))).toBe('IMPORT.DWELLING_INCONSISTENT');
    const dwelling = dwellingOfRows([row()]);
    expect(errorCodeOf(() => residentOfRow(row({ citizenId: '310104195001011234' }), dwelling, 'p', clock))).toMatch(/^CITIZEN_ID\./);
    expect(errorCodeOf(() => residentOfRow(row({ movedInOn: '2026-06-02' }), dwelling, 'p', clock))).toBe('PERSON.IN_FUTURE');
  });
});
