import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import {
  HandlingStepView,
  IllegalOrganisationReportQueries,
  IllegalOrganisationReportView,
  reportView,
} from '../application/illegal-organisation-report-queries';
import { IllegalOrganisationReportRow, REPORT_COLUMNS } from './illegal-organisation-report.row';
import { toAggregate } from './sql-illegal-organisation-report.repository';

/** Adapter of the report query port: newest reports first. */
@Injectable()
export class SqlIllegalOrganisationReportQueries implements IllegalOrganisationReportQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'illegal_organisation_report', id);
  }

  async get(id: string): Promise<IllegalOrganisationReportView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${REPORT_COLUMNS} FROM illegal_organisation_report WHERE id = $1`, [id]);
    return row ? reportView(toAggregate(row)) : null;
  }

  async list(filter: { divisionCode?: string; status?: string }, page: PageQuery): Promise<{ items: IllegalOrganisationReportView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    const { rows, total } = await pageQuery<IllegalOrganisationReportRow>(
      this.uow.manager(),
      { columns: REPORT_COLUMNS, from: 'illegal_organisation_report', where, order: 'reported_on DESC, id' },
      page,
    );
    return { items: rows.map((row) => reportView(toAggregate(row))), total };
  }

  async history(id: string): Promise<HandlingStepView[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT status, on_date::text AS on_date, note, recorded_by, recorded_at FROM illegal_organisation_handling WHERE report_id = $1 ORDER BY id`, [
        id,
      ]);
    return rows.map((row: { status: string; on_date: string; note: string; recorded_by: string; recorded_at: Date }) => ({
      status: row.status,
      on: row.on_date,
      note: row.note,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }
}
