import { BusinessDate, DivisionLevel } from '@civic/domain-kernel';
import { recordedBy, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Division, DivisionStatus } from '../domain/division';
import { DivisionChange } from '../domain/division-change';
import { DivisionRepository } from '../domain/division.repository';
import { DIVISION_COLUMNS, DivisionRow } from './division.row';

/** Adapter: divisions in community's schema, updated only when the stored version is the one read, with their history (沿革). */
@Injectable()
export class SqlDivisionRepository implements DivisionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(code: string): Promise<Division | null> {
    const [row] = await this.uow.manager().query(`SELECT ${DIVISION_COLUMNS} FROM division WHERE code = $1`, [code]);
    return row ? toAggregate(row) : null;
  }

  async countActiveChildren(code: string): Promise<number> {
    const [{ n }] = await this.uow.manager().query(`SELECT count(*)::int AS n FROM division WHERE parent_code = $1 AND status = 'active'`, [code]);
    return n;
  }

  async save(division: Division, changes: DivisionChange[], expectedVersion: number | null): Promise<void> {
    const s = division.snapshot();
    const values = [s.code, s.name, s.level, s.parentCode, s.validFrom.toString(), s.validTo?.toString() ?? null, s.status, s.version];
    if (expectedVersion === null) {
      await this.uow.defer({
        sql: `INSERT INTO division (code, name, level, parent_code, valid_from, valid_to, status, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        params: values,
      });
    } else {
      await this.uow.defer({
        sql: `UPDATE division SET name = $2, level = $3, parent_code = $4, valid_from = $5, valid_to = $6, status = $7, version = $8 WHERE code = $1 AND version = $9`,
        params: [...values, expectedVersion],
        expectRows: 1,
      });
    }
    const writer = recordedBy();
    let version = expectedVersion ?? 0;
    const history = changes.map((c) => ({
      version: ++version,
      change: c.kind,
      name: c.kind === 'merged' ? s.name : c.name,
      previous_name: c.kind === 'renamed' ? c.previousName : null,
      effective_date: c.effectiveDate.toString(),
      reason: c.kind === 'revoked' ? c.reason : c.kind === 'merged' ? `合并 ${c.mergedCodes.join(', ')}` : null,
    }));
    await this.uow.defer({
      sql: `INSERT INTO division_history (code, version, change, name, previous_name, effective_date, reason, recorded_by)
            SELECT $1, h.version, h.change, h.name, h.previous_name, h.effective_date, h.reason, $3
            FROM jsonb_to_recordset($2::jsonb) AS h(version int, change text, name text, previous_name text, effective_date date, reason text)`,
      params: [s.code, JSON.stringify(history), writer],
    });
  }
}

function toAggregate(row: DivisionRow): Division {
  return Division.restore({
    code: row.code,
    name: row.name,
    level: row.level as DivisionLevel,
    parentCode: row.parent_code,
    validFrom: BusinessDate.parse(row.valid_from),
    validTo: row.valid_to ? BusinessDate.parse(row.valid_to) : null,
    status: row.status as DivisionStatus,
    version: row.version,
  });
}
