import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CharitableTrustQueries, CharitableTrustView, charitableTrustView } from '../application/charitable-trust-queries';
import { CHARITABLE_TRUST_COLUMNS, CharitableTrustRow } from './charitable-trust.row';
import { toAggregate } from './sql-charitable-trust.repository';

/** Adapter of the trust query port: newest filings first. */
@Injectable()
export class SqlCharitableTrustQueries implements CharitableTrustQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'charitable_trust', id);
  }

  async get(id: string): Promise<CharitableTrustView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${CHARITABLE_TRUST_COLUMNS} FROM charitable_trust WHERE id = $1`, [id]);
    return row ? charitableTrustView(toAggregate(row)) : null;
  }

  async list(filter: { divisionCode?: string; trusteeUscc?: string }, page: PageQuery): Promise<{ items: CharitableTrustView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.trusteeUscc) where.add('trustee_uscc = ?', filter.trusteeUscc);
    const { rows, total } = await pageQuery<CharitableTrustRow>(
      this.uow.manager(),
      { columns: CHARITABLE_TRUST_COLUMNS, from: 'charitable_trust', where, order: 'filed_on DESC, id' },
      page,
    );
    return { items: rows.map((row) => charitableTrustView(toAggregate(row))), total };
  }
}
