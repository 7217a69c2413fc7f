import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PushDownView, ServiceItemHistoryView, ServiceItemQueries, ServiceItemView, serviceItemView } from '../application/service-item-queries';
import { SERVICE_ITEM_COLUMNS } from './service-item.row';
import { toAggregate } from './sql-service-item.repository';

/** Adapter of the catalogue's query port (a few hundred items: lists are whole). */
@Injectable()
export class SqlServiceItemQueries implements ServiceItemQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async get(code: string): Promise<ServiceItemView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${SERVICE_ITEM_COLUMNS} FROM service_item WHERE code = $1`, [code]);
    return row ? serviceItemView(toAggregate(row)) : null;
  }

  async list(filter: { status?: string; department?: string }): Promise<ServiceItemView[]> {
    const rows = await this.uow
      .manager()
      .query(
        `SELECT ${SERVICE_ITEM_COLUMNS} FROM service_item WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR department = $2) ORDER BY code`,
        [filter.status ?? null, filter.department ?? null],
      );
    return rows.map((row: never) => serviceItemView(toAggregate(row)));
  }

  async history(code: string): Promise<ServiceItemHistoryView[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT change, terms, detail, recorded_by, recorded_at FROM service_item_history WHERE code = $1 ORDER BY id`, [code]);
    return rows.map((r: Record<string, any>) => ({
      change: r.change,
      terms: r.terms,
      detail: r.detail,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at.toISOString(),
    }));
  }

  async pushDowns(code: string): Promise<PushDownView[]> {
    const rows = await this.uow
      .manager()
      .query(
        `SELECT division_code, pushed_on::text AS pushed_on, ended_on::text AS ended_on FROM service_item_push_down WHERE code = $1 ORDER BY division_code, id`,
        [code],
      );
    return rows.map((r: Record<string, any>) => ({ divisionCode: r.division_code, pushedOn: r.pushed_on, endedOn: r.ended_on }));
  }
}
