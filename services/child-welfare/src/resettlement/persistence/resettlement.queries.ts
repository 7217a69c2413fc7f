import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ResettlementPlanView, resettlementPlanView, ResettlementQueries } from '../application/resettlement-queries';
import { PLAN_COLUMNS, toPlan } from './sql-resettlement-plan.repository';

/** Adapter of the resettlement query port. */
@Injectable()
export class SqlResettlementQueries implements ResettlementQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'resettlement_plan', id);
  }

  async get(id: string): Promise<ResettlementPlanView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${PLAN_COLUMNS} FROM resettlement_plan WHERE id = $1`, [id]);
    return row ? resettlementPlanView(toPlan(row)) : null;
  }

  async list(filter: { divisionCode?: string; status?: string; childId?: string }, page: PageQuery): Promise<{ items: ResettlementPlanView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.childId) where.add('child_id = ?', filter.childId);
    const { rows, total } = await pageQuery(this.uow.manager(), { columns: PLAN_COLUMNS, from: 'resettlement_plan', where, order: 'adult_on DESC, id' }, page);
    return { items: rows.map((r) => resettlementPlanView(toPlan(r))), total };
  }
}
