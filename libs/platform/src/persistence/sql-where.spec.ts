import { districtFilter } from '../auth/district-filter';
import { requestContext } from '../context/request-context';
import { SqlWhere } from './sql-where';

describe('SqlWhere', () => {
  it('numbers placeholders in order and keeps values out of the SQL', () => {
    const where = new SqlWhere().add('status = ?', "x' OR 1=1 --").add('amount BETWEEN ? AND ?', 1, 2);
    expect(where.sql()).toBe('status = $1 AND amount BETWEEN $2 AND $3');
    expect(where.params()).toEqual(["x' OR 1=1 --", 1, 2]);
    expect(where.next()).toBe('$4');
    expect(where.next()).toBe('$5');
    expect(new SqlWhere().sql()).toBe('true');
  });
});

describe('districtFilter', () => {
  const officer = (districts: string[]) => ({ subject: 's', system: 'x', roles: [], districts });
  const asRequest = <T>(districts: string[] | undefined, declaredList: boolean, fn: () => T): T =>
    requestContext.run({ requestId: 'r', actor: districts ? officer(districts) : undefined, districtScopedList: declaredList }, fn);

  it('limits a district officer to their districts and narrows by division prefix', () => {
    const where = asRequest(['310104'], true, () => districtFilter('district_code', { column: 'division_code', prefix: '310104003' }));
    expect(where.sql()).toBe('district_code = ANY($1) AND division_code LIKE $2');
    expect(where.params()).toEqual([['310104'], '310104003%']);
  });

  it('lets a city-wide actor and system work see everything and reads a district or the city as prefixes', () => {
    expect(asRequest([], false, () => districtFilter('d')).sql()).toBe('true');
    expect(districtFilter('d', { column: 'c', prefix: '310000' }).params()).toEqual(['31%']);
    expect(asRequest(undefined, false, () => districtFilter('d', { column: 'c', prefix: '310110' })).params()).toEqual(['310110%']);
  });

  it('fails for a district officer on a route that did not declare a district-scoped list', () => {
    expect(() => asRequest(['310104'], false, () => districtFilter('district_code'))).toThrow(/DistrictScope.list/);
  });
});
