import { districtFilter, divisionOfRow, KeysetQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DeliberationQueries, DeliberationView } from '../application/deliberation-queries';

const COLUMNS = `id, committee_code, topic, held_on::text AS held_on, participants, resolution`;

/** Adapter of the deliberation query port: keyset pages by id under a division. */
@Injectable()
export class SqlDeliberationQueries implements DeliberationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'deliberation', id, 'committee_code');
  }

  async get(id: string): Promise<DeliberationView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM deliberation WHERE id = $1`, [id]);
    return row ? view(row) : null;
  }

  async list(filter: { divisionCode?: string; heldFrom?: string; heldTo?: string }, page: KeysetQuery): Promise<DeliberationView[]> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'committee_code', prefix: filter.divisionCode } : undefined);
    if (filter.heldFrom) where.add('held_on >= ?::date', filter.heldFrom);
    if (filter.heldTo) where.add('held_on <= ?::date', filter.heldTo);
    if (page.after) where.add('id > ?', page.after);
    const rows = await this.uow.manager().query(`SELECT ${COLUMNS} FROM deliberation WHERE ${where.sql()} ORDER BY id LIMIT ${page.limit + 1}`, where.params());
    return rows.map(view);
  }
}

function view(r: Record<string, any>): DeliberationView {
  return { id: r.id, committeeCode: r.committee_code, topic: r.topic, heldOn: r.held_on, participants: r.participants, resolution: r.resolution };
}
