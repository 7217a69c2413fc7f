import type { EntityManager } from 'typeorm';

/**
 * The rows an `UPDATE/DELETE ... RETURNING` gave back. TypeORM answers those statements with
 * `[rows, rowCount]` instead of the rows, which makes `result.length` silently 2.
 */
export async function queryReturning<T = Record<string, any>>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
