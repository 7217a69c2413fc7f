import { districtFilter, divisionOfRow, pageQuery, PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { RescueCaseFilter, RescueCaseQueries, RescueCaseView } from '../application/rescue-queries';
import { RESCUE_COLUMNS, RescueRow } from './rescue-case.row';

/** Adapter of the rescue-case query port: newest finds first, within the caller's districts. */
@Injectable()
export class SqlRescueCaseQueries implements RescueCaseQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'rescue_case', id, 'found_division_code');
  }

  async get(id: string): Promise<RescueCaseView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${RESCUE_COLUMNS} FROM rescue_case WHERE id = $1`, [id]);
    return row ? toView(row) : null;
  }

  async list(filter: RescueCaseFilter, page: PageQuery): Promise<{ items: RescueCaseView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'found_division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.from) where.add('found_on >= ?::date', filter.from);
    if (filter.to) where.add('found_on <= ?::date', filter.to);
    const { rows, total } = await pageQuery<RescueRow>(
      this.uow.manager(),
      { columns: RESCUE_COLUMNS, from: 'rescue_case', where, order: 'found_on DESC, id' },
      page,
    );
    return { items: rows.map(toView), total };
  }
}

function toView(r: RescueRow): RescueCaseView {
  return {
    id: r.id,
    status: r.status,
    foundDivisionCode: r.found_division_code,
    foundOn: r.found_on,
    foundPlace: r.found_place,
    description: r.description,
    personName: r.person_name,
    citizenId: r.citizen_id,
    shelter: r.shelter,
    shelteredOn: r.sheltered_on,
    identitySearch: r.identity_search,
    outcome: r.outcome,
    closedOn: r.closed_on,
    version: r.version,
  };
}
