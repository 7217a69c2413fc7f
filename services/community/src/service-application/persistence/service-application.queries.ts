import { BusinessDate } from '@civic/domain-kernel';
import { districtFilter, divisionOfRow, KeysetQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import {
  ApplicationStatistics,
  ServiceApplicationFilter,
  ServiceApplicationQueries,
  ServiceApplicationView,
  serviceApplicationView,
} from '../application/service-application-queries';
import { APPLICATION_COLUMNS, toAggregate } from './sql-service-application.repository';

/** Adapter of the application query port; overdue is the open applications' partial index read by due day. */
@Injectable()
export class SqlServiceApplicationQueries implements ServiceApplicationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'service_application', id, 'centre_code');
  }

  async get(id: string, today: BusinessDate): Promise<ServiceApplicationView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${APPLICATION_COLUMNS} FROM service_application WHERE id = $1`, [id]);
    return row ? serviceApplicationView(toAggregate(row), today) : null;
  }

  async list(filter: ServiceApplicationFilter, today: BusinessDate, page: KeysetQuery): Promise<ServiceApplicationView[]> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'centre_code', prefix: filter.divisionCode } : undefined);
    if (filter.itemCode) where.add('item_code = ?', filter.itemCode);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.overdue !== undefined) where.add(`(status = 'accepted' AND due_on < ?::date) = ?`, today.toString(), filter.overdue);
    if (page.after) where.add('id > ?', page.after);
    const rows = await this.uow
      .manager()
      .query(`SELECT ${APPLICATION_COLUMNS} FROM service_application WHERE ${where.sql()} ORDER BY id LIMIT ${page.limit + 1}`, where.params());
    return rows.map((row: Record<string, any>) => serviceApplicationView(toAggregate(row), today));
  }

  async statistics(divisionCode: string | undefined, today: BusinessDate): Promise<ApplicationStatistics[]> {
    const where = districtFilter('district_code', divisionCode ? { column: 'centre_code', prefix: divisionCode } : undefined);
    const today$ = where.next();
    const rows = await this.uow.manager().query(
      `SELECT district_code,
              count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE status = 'accepted' AND due_on < ${today$}::date)::int AS overdue,
              count(*) FILTER (WHERE status = 'concluded')::int AS concluded,
              count(*) FILTER (WHERE status = 'concluded' AND concluded_on > due_on)::int AS concluded_late
         FROM service_application WHERE ${where.sql()} GROUP BY district_code ORDER BY district_code`,
      [...where.params(), today.toString()],
    );
    return rows.map((r: Record<string, any>) => ({
      districtCode: r.district_code,
      accepted: r.accepted,
      overdue: r.overdue,
      concluded: r.concluded,
      concludedLate: r.concluded_late,
    }));
  }
}
