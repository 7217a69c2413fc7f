import { isInDistrictScope } from './district-scope';

const actor = (districts: string[]) => ({ subject: 's', system: 'x', roles: [], districts });

describe('district scope', () => {
  it('lets a city-wide actor act anywhere', () => {
    expect(isInDistrictScope(actor([]), '310000')).toBe(true);
    expect(isInDistrictScope(actor([]), '310105001002')).toBe(true);
  });

  it('keeps a district actor to its districts and off city-level records', () => {
    const officer = actor(['310104', '310115']);
    expect(isInDistrictScope(officer, '310104')).toBe(true);
    expect(isInDistrictScope(officer, '310115001002')).toBe(true);
    expect(isInDistrictScope(officer, '310105001')).toBe(false);
    expect(isInDistrictScope(officer, '310000')).toBe(false);
  });
});
