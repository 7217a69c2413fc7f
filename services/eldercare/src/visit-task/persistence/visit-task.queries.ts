import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { VisitTaskQueries, VisitTaskView } from '../application/visit-task-queries';
import { VISIT_COLUMNS } from './sql-visit-task.repository';

/** Adapter of the visit task query port. */
@Injectable()
export class SqlVisitTaskQueries implements VisitTaskQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'visit_task', id);
  }

  async get(id: string): Promise<VisitTaskView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${VISIT_COLUMNS} FROM visit_task WHERE id = $1`, [id]);
    return row ? view(row) : null;
  }

  async list(filter: { divisionCode?: string; status?: string }, page: PageQuery): Promise<{ items: VisitTaskView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    const { rows, total } = await pageQuery(
      this.uow.manager(),
      { columns: VISIT_COLUMNS, from: 'visit_task', where, order: 'status DESC, created_at, id' },
      page,
    );
    return { items: rows.map(view), total };
  }
}

function view(r: Record<string, any>): VisitTaskView {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    name: r.name,
    divisionCode: r.division_code,
    reason: r.reason,
    status: r.status,
    visitedOn: r.visited_on,
    outcome: r.outcome,
    closedBy: r.closed_by,
    createdAt: new Date(r.created_at).toISOString(),
    version: r.version,
  };
}
