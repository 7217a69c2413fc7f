import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { parseGrade } from '../domain/organisation';
import {
  InspectionView,
  OrganisationFilter,
  OrganisationHistoryView,
  OrganisationQueries,
  OrganisationView,
  organisationView,
} from '../application/organisation-queries';
import { ORGANISATION_COLUMNS, OrganisationRow } from './organisation.row';
import { toAggregate } from './sql-organisation.repository';

/** Adapter of the organisation query port: lists within the caller's districts, by name. */
@Injectable()
export class SqlOrganisationQueries implements OrganisationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'organisation', id, 'domicile_division_code');
  }

  async get(id: string): Promise<OrganisationView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${ORGANISATION_COLUMNS} FROM organisation WHERE id = $1`, [id]);
    return row ? organisationView(toAggregate(row)) : null;
  }

  async list(filter: OrganisationFilter, page: PageQuery): Promise<{ items: OrganisationView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'domicile_division_code', prefix: filter.divisionCode } : undefined);
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.grade) where.add('grade = ?', parseGrade(filter.grade));
    if (filter.dormant !== undefined) where.add(filter.dormant ? 'dormant_since IS NOT NULL' : 'dormant_since IS NULL');
    if (filter.gradeExpiresBy) where.add(`grade_expires_on <= ?::date AND status = 'registered'`, filter.gradeExpiresBy);
    if (filter.name) where.add(`name LIKE ?`, `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const order = filter.gradeExpiresBy ? 'grade_expires_on, id' : 'name, id';
    const { rows, total } = await pageQuery<OrganisationRow>(this.uow.manager(), { columns: ORGANISATION_COLUMNS, from: 'organisation', where, order }, page);
    return { items: rows.map((row) => organisationView(toAggregate(row))), total };
  }

  async history(id: string): Promise<OrganisationHistoryView[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT change, detail, recorded_by, recorded_at FROM organisation_history WHERE organisation_id = $1 ORDER BY id`, [id]);
    return rows.map((row: { change: string; detail: unknown; recorded_by: string; recorded_at: Date }) => ({
      change: row.change,
      detail: row.detail,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }

  async inspections(id: string): Promise<InspectionView[]> {
    const rows = await this.uow
      .manager()
      .query(
        `SELECT year, result, activity_count, submitted_on::text AS submitted_on, late FROM annual_inspection WHERE organisation_id = $1 ORDER BY year DESC`,
        [id],
      );
    return rows.map((row: { year: number; result: string; activity_count: number; submitted_on: string; late: boolean }) => ({
      year: row.year,
      result: row.result,
      activityCount: row.activity_count,
      submittedOn: row.submitted_on,
      late: row.late,
    }));
  }
}
