import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ChildFilter, ChildQueries, ChildStatisticsRow, ChildView, childView } from '../application/child-queries';
import { CHILD_COLUMNS, loadChildren } from './sql-child.repository';

/** Adapter of the child query port. */
@Injectable()
export class SqlChildQueries implements ChildQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'child', id);
  }

  async get(id: string): Promise<ChildView | null> {
    const manager = this.uow.manager();
    const [child] = await loadChildren(manager, await manager.query(`SELECT ${CHILD_COLUMNS} FROM child WHERE id = $1`, [id]));
    return child ? childView(child) : null;
  }

  async list(filter: ChildFilter, page: PageQuery): Promise<{ items: ChildView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.category) where.add('category = ?', filter.category);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.citizenId) where.add('citizen_id = ?', filter.citizenId);
    const manager = this.uow.manager();
    const { rows, total } = await pageQuery(manager, { columns: CHILD_COLUMNS, from: 'child', where, order: 'registered_on DESC, id' }, page);
    return { items: (await loadChildren(manager, rows)).map(childView), total };
  }

  async statistics(divisionCode?: string): Promise<ChildStatisticsRow[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
    where.add(`status = 'active'`);
    const rows: Record<string, any>[] = await this.uow
      .manager()
      .query(
        `SELECT district_code, category, count(*)::int AS children FROM child WHERE ${where.sql()} GROUP BY district_code, category ORDER BY 1, 2`,
        where.params(),
      );
    return rows.map((r) => ({ districtCode: r.district_code, category: r.category, children: r.children }));
  }
}
