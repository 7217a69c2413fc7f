import { PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DivisionReadModel, DivisionView, FromEvent } from '../application/division-read-model';

interface DivisionRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
  status: 'active' | 'revoked';
}

const COLUMNS = `code, name, level, parent_code, valid_from::text, valid_to::text, status`;

/**
 * Adapter: the `division` table of the service's own schema. Writes run in the consumer's inbox
 * transaction (the unit of work of an event handler), so a redelivered event changes nothing twice.
 */
@Injectable()
export class SqlDivisionReadModel implements DivisionReadModel {
  constructor(private readonly uow: UnitOfWork) {}

  async find(code: string): Promise<DivisionView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM division WHERE code = $1`, [code]);
    return row ? toView(row) : null;
  }

  async list(filter: { parentCode?: string; level?: string; status?: string }, page: PageQuery): Promise<{ items: DivisionView[]; total: number }> {
    const where = new SqlWhere();
    if (filter.parentCode) where.add('parent_code = ?', filter.parentCode);
    if (filter.level) where.add('level = ?', filter.level);
    if (filter.status) where.add('status = ?', filter.status);
    const { rows, total } = await pageQuery<DivisionRow>(this.uow.manager(), { columns: COLUMNS, from: 'division', where, order: 'code' }, page);
    return { items: rows.map(toView), total };
  }

  async established(d: Omit<DivisionView, 'validTo' | 'status'>, from: FromEvent): Promise<void> {
    await this.uow.manager().query(
      `INSERT INTO division (code, name, level, parent_code, valid_from, valid_to, status, last_event_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, NULL, 'active', $6, $7)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
         valid_from = EXCLUDED.valid_from, valid_to = NULL, status = 'active', last_event_id = EXCLUDED.last_event_id, updated_at = EXCLUDED.updated_at`,
      [d.code, d.name, d.level, d.parentCode, d.validFrom, from.eventId, from.at],
    );
  }

  async renamed(code: string, name: string, from: FromEvent): Promise<void> {
    await this.uow.manager().query(`UPDATE division SET name = $2, last_event_id = $3, updated_at = $4 WHERE code = $1`, [code, name, from.eventId, from.at]);
  }

  async revoked(code: string, validTo: string, from: FromEvent): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE division SET status = 'revoked', valid_to = $2, last_event_id = $3, updated_at = $4 WHERE code = $1`, [
        code,
        validTo,
        from.eventId,
        from.at,
      ]);
  }
}

function toView(r: DivisionRow): DivisionView {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parent_code, validFrom: r.valid_from, validTo: r.valid_to, status: r.status };
}
