import { BusinessDate } from '@civic/domain-kernel';
import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CaseStatisticsRow, ProtectionCaseFilter, ProtectionCaseQueries, ProtectionCaseView, protectionCaseView } from '../application/protection-case-queries';
import { CaseTimeLimits } from '../domain/case-time-limits';
import { CASE_COLUMNS, loadCases, readTimeLimits } from './sql-protection-case.repository';

/** Adapter of the case query port; "overdue" is a due date before today, an index read per district. */
@Injectable()
export class SqlProtectionCaseQueries implements ProtectionCaseQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'protection_case', id);
  }

  async get(id: string, today: string): Promise<ProtectionCaseView | null> {
    const manager = this.uow.manager();
    const [subject] = await loadCases(manager, await manager.query(`SELECT ${CASE_COLUMNS} FROM protection_case WHERE id = $1`, [id]));
    return subject ? protectionCaseView(subject, subject.isOverdue(BusinessDate.parse(today))) : null;
  }

  async list(filter: ProtectionCaseFilter, today: string, page: PageQuery): Promise<{ items: ProtectionCaseView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.workstationId) where.add('workstation_id = ?', filter.workstationId);
    if (filter.childId) where.add('child_id = ?', filter.childId);
    if (filter.stage) where.add('stage = ?', filter.stage);
    if (filter.overdue === true) where.add('due_on < ?', today);
    if (filter.overdue === false) where.add('(due_on IS NULL OR due_on >= ?)', today);
    const manager = this.uow.manager();
    const { rows, total } = await pageQuery(
      manager,
      { columns: CASE_COLUMNS, from: 'protection_case', where, order: 'due_on NULLS LAST, reported_on, id' },
      page,
    );
    const day = BusinessDate.parse(today);
    return { items: (await loadCases(manager, rows)).map((c) => protectionCaseView(c, c.isOverdue(day))), total };
  }

  async statistics(today: string, divisionCode?: string): Promise<CaseStatisticsRow[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'division_code', prefix: divisionCode } : undefined);
    where.add(`stage <> 'closed'`);
    const todayParam = where.next();
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT district_code, workstation_id, stage, count(*)::int AS open, count(*) FILTER (WHERE due_on < ${todayParam}::date)::int AS overdue
         FROM protection_case WHERE ${where.sql()} GROUP BY district_code, workstation_id, stage ORDER BY district_code, workstation_id, stage`,
      [...where.params(), today],
    );
    return rows.map((r) => ({ districtCode: r.district_code, workstationId: r.workstation_id, stage: r.stage, open: r.open, overdue: r.overdue }));
  }

  timeLimits(): Promise<CaseTimeLimits> {
    return readTimeLimits(this.uow);
  }
}
