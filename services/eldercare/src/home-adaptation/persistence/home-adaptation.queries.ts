import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HomeAdaptationFilter, HomeAdaptationQueries, HomeAdaptationView, homeAdaptationView } from '../application/home-adaptation-queries';
import { HomeAdaptationPolicy } from '../domain/home-adaptation-policy';
import { HOME_ADAPTATION_COLUMNS, HomeAdaptationRow } from './home-adaptation.row';
import { readHomeAdaptationPolicy, toAggregate } from './sql-home-adaptation.repository';

/** Adapter of the home adaptation query port: lists within the caller's districts, latest application first. */
@Injectable()
export class SqlHomeAdaptationQueries implements HomeAdaptationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'home_adaptation', id);
  }

  async get(id: string): Promise<HomeAdaptationView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${HOME_ADAPTATION_COLUMNS} FROM home_adaptation WHERE id = $1`, [id]);
    return row ? homeAdaptationView(toAggregate(row)) : null;
  }

  async list(filter: HomeAdaptationFilter, page: PageQuery): Promise<{ items: HomeAdaptationView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.citizenId) where.add('citizen_id = ?', filter.citizenId);
    const { rows, total } = await pageQuery<HomeAdaptationRow>(
      this.uow.manager(),
      { columns: HOME_ADAPTATION_COLUMNS, from: 'home_adaptation', where, order: 'applied_on DESC, id' },
      page,
    );
    return { items: rows.map((row) => homeAdaptationView(toAggregate(row))), total };
  }

  policy(): Promise<HomeAdaptationPolicy> {
    return readHomeAdaptationPolicy(this.uow);
  }
}
