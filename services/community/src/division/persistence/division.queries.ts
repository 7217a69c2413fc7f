import { PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DivisionHistoryView, DivisionQueries, DivisionView } from '../application/division-queries';
import { DIVISION_COLUMNS, DivisionRow } from './division.row';

/** Adapter of the division query port. */
@Injectable()
export class SqlDivisionQueries implements DivisionQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async list(filter: { parentCode?: string; level?: string; status?: string }, page: PageQuery): Promise<{ items: DivisionView[]; total: number }> {
    const where = new SqlWhere();
    if (filter.parentCode) where.add('parent_code = ?', filter.parentCode);
    if (filter.level) where.add('level = ?', filter.level);
    if (filter.status) where.add('status = ?', filter.status);
    const { rows, total } = await pageQuery<DivisionRow>(this.uow.manager(), { columns: DIVISION_COLUMNS, from: 'division', where, order: 'code' }, page);
    return { items: rows.map(toView), total };
  }

  async get(code: string): Promise<DivisionView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${DIVISION_COLUMNS} FROM division WHERE code = $1`, [code]);
    return row ? toView(row) : null;
  }

  async history(code: string): Promise<DivisionHistoryView[]> {
    const rows = await this.uow
      .manager()
      .query(
        `SELECT version, change, name, previous_name, effective_date::text, reason, recorded_at, recorded_by FROM division_history WHERE code = $1 ORDER BY version`,
        [code],
      );
    return rows.map(
      (r: {
        version: number;
        change: string;
        name: string;
        previous_name: string | null;
        effective_date: string;
        reason: string | null;
        recorded_at: Date;
        recorded_by: string;
      }) => ({
        version: r.version,
        change: r.change,
        name: r.name,
        previousName: r.previous_name,
        effectiveDate: r.effective_date,
        reason: r.reason,
        recordedAt: r.recorded_at.toISOString(),
        recordedBy: r.recorded_by,
      }),
    );
  }
}

function toView(r: DivisionRow): DivisionView {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    status: r.status,
    version: r.version,
  };
}
