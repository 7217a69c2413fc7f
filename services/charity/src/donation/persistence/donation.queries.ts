import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DonationFilter, DonationQueries, DonationView, donationView } from '../application/donation-queries';
import { DONATION_COLUMNS, DonationRow } from './donation.row';
import { toAggregate } from './sql-donation.repository';

/** Adapter of the donation query port: an organisation's donations in receipt order, else newest first. */
@Injectable()
export class SqlDonationQueries implements DonationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'donation', id);
  }

  async get(id: string): Promise<DonationView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${DONATION_COLUMNS} FROM donation WHERE id = $1`, [id]);
    return row ? donationView(toAggregate(row)) : null;
  }

  async list(filter: DonationFilter, page: PageQuery): Promise<{ items: DonationView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.organisationId) where.add('organisation_id = ?', filter.organisationId);
    if (filter.planId) where.add('plan_id = ?', filter.planId);
    if (filter.kind) where.add('kind = ?', filter.kind);
    const order = filter.organisationId ? 'receipt_no' : 'received_on DESC, id';
    const { rows, total } = await pageQuery<DonationRow>(this.uow.manager(), { columns: DONATION_COLUMNS, from: 'donation', where, order }, page);
    return { items: rows.map((row) => donationView(toAggregate(row))), total };
  }
}
