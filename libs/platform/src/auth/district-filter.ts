import { DivisionCode } from '@civic/domain-kernel';
import { requestContext } from '../context/request-context';
import { SqlWhere } from '../persistence/sql-where';

/**
 * The WHERE clause every district-scoped list starts from: a district officer sees only the
 * districts on their token; an optional division filter narrows to a division and everything below it.
 * The actor is the current request's; a district-scoped request on a route that did not declare
 * DistrictScope.list() is a programming error and fails rather than guess.
 */
export function districtFilter(districtColumn: string, division?: { column: string; prefix: string }): SqlWhere {
  const where = new SqlWhere();
  const context = requestContext.current();
  const districts = context?.actor?.districts ?? [];
  if (districts.length > 0) {
    if (!context?.districtScopedList) throw new Error('a district-scoped list was queried by a route that does not declare DistrictScope.list()');
    where.add(`${districtColumn} = ANY(?)`, districts);
  }
  if (division) where.add(`${division.column} LIKE ?`, `${DivisionCode.parse(division.prefix, 'divisionCode').prefix}%`);
  return where;
}
