import { districtFilter, divisionOfRow, KeysetQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DwellingQueries, DwellingView } from '../application/dwelling-queries';

const COLUMNS = `d.id, d.committee_code, d.address, d.kind, d.version,
  (SELECT count(*)::int FROM person p WHERE p.dwelling_id = d.id AND p.status = 'resident') AS residents`;

/** Adapter of the dwelling query port: keyset pages in id order on the (committee, id) index. */
@Injectable()
export class SqlDwellingQueries implements DwellingQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'dwelling', id, 'committee_code');
  }

  async get(id: string): Promise<DwellingView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM dwelling d WHERE d.id = $1`, [id]);
    return row ? view(row) : null;
  }

  async list(divisionCode: string | undefined, page: KeysetQuery): Promise<DwellingView[]> {
    const where = districtFilter('d.district_code', divisionCode ? { column: 'd.committee_code', prefix: divisionCode } : undefined);
    if (page.after) where.add('d.id > ?', page.after);
    const rows = await this.uow.manager().query(`SELECT ${COLUMNS} FROM dwelling d WHERE ${where.sql()} ORDER BY d.id LIMIT ${page.limit + 1}`, where.params());
    return rows.map(view);
  }
}

function view(r: Record<string, any>): DwellingView {
  return { id: r.id, committeeCode: r.committee_code, address: r.address, kind: r.kind, residents: r.residents, version: r.version };
}
