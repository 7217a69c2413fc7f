import type { EntityManager } from 'typeorm';

/**
 * The division code of one row by its id, for an adapter of RecordDivisions (see DistrictScope.record).
 * `table` and `column` are the adapter's own constants, never request input.
 */
export async function divisionOfRow(manager: EntityManager, table: string, id: string, column = 'division_code'): Promise<string | undefined> {
  const [row] = await manager.query(`SELECT ${column} AS division FROM ${table} WHERE id = $1`, [id]);
  return row?.division;
}
