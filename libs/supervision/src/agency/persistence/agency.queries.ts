import { districtFilter, divisionOfRow, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AgencyQueries, AgencyView, agencyView } from '../application/agency-queries';
import { AGENCY_SELECT, AgencyRow } from './agency.row';
import { toAggregate } from './sql-agency.repository';

/** Adapter of the agency query port: by name within the caller's districts. */
@Injectable()
export class SqlAgencyQueries implements AgencyQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'agency', id);
  }

  async get(id: string): Promise<AgencyView | null> {
    const [row] = await this.uow.manager().query(`${AGENCY_SELECT} WHERE a.id = $1`, [id]);
    return row ? agencyView(toAggregate(row)) : null;
  }

  async list(filter: { status?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: AgencyView[]; total: number }> {
    const where = districtFilter('a.district_code', filter.divisionCode ? { column: 'a.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('a.status = ?', filter.status);
    const db = this.uow.manager();
    const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM agency a WHERE ${where.sql()}`, where.params());
    const rows: AgencyRow[] = await db.query(`${AGENCY_SELECT} WHERE ${where.sql()} ORDER BY a.name, a.id LIMIT ${where.next()} OFFSET ${where.next()}`, [
      ...where.params(),
      page.limit,
      page.offset,
    ]);
    return { items: rows.map((row) => agencyView(toAggregate(row))), total };
  }
}
