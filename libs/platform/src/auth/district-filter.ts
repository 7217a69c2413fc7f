import { DivisionCode } from '@civic/domain-kernel';
import { Actor } from './actor';
import { SqlWhere } from '../persistence/sql-where';

/**
 * The WHERE clause every district-scoped list starts from: a district officer sees only the
 * districts on their token; an optional division filter narrows to a division and everything below it.
 */
export function districtFilter(actor: Actor | undefined, districtColumn: string, division?: { column: string; prefix: string }): SqlWhere {
  const where = new SqlWhere();
  if (actor && actor.districts.length > 0) where.add(`${districtColumn} = ANY(?)`, actor.districts);
  if (division) where.add(`${division.column} LIKE ?`, `${DivisionCode.parse(division.prefix, 'divisionCode').prefix}%`);
  return where;
}
