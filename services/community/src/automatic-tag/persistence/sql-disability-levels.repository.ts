import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DisabilityLevels } from '../domain/automatic-tags';
import { DisabilityLevelsRepository } from '../domain/disability-levels.repository';

/** Adapter: `disability_levels`. */
@Injectable()
export class SqlDisabilityLevelsRepository implements DisabilityLevelsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async get(options: { forUpdate?: boolean } = {}): Promise<DisabilityLevels> {
    const [row] = await this.uow.manager().query(`SELECT levels, version FROM disability_levels WHERE id = 1${options.forUpdate ? ' FOR UPDATE' : ''}`);
    return { levels: row.levels.map(Number), version: row.version };
  }

  async save(levels: number[], expectedVersion: number, updatedBy: string): Promise<DisabilityLevels> {
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE disability_levels SET levels = $1, version = version + 1, updated_by = $2, updated_at = now() WHERE id = 1 AND version = $3 RETURNING levels, version`,
      [levels, updatedBy, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
    return { levels: rows[0].levels.map(Number), version: rows[0].version };
  }
}
