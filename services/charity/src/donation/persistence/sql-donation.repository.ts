import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Donation } from '../domain/donation';
import { DonationRepository } from '../domain/donation.repository';
import { DONATION_COLUMNS, DonationRow } from './donation.row';

/**
 * Adapter: `donation`, numbered from `donation_receipt_counter`. The counter's row is updated in the
 * donation's transaction, so concurrent donations to one organisation take turns, and a rollback
 * returns the number: receipts run 1, 2, 3... per organisation without gaps.
 */
@Injectable()
export class SqlDonationRepository implements DonationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string): Promise<Donation | null> {
    const [row] = await this.uow.manager().query(`SELECT ${DONATION_COLUMNS} FROM donation WHERE id = $1`, [id]);
    return row ? toAggregate(row) : null;
  }

  async add(donation: Donation, recordedBy: string): Promise<void> {
    const s = donation.snapshot();
    const tx = this.uow.transaction();
    const [{ last_no }] = await queryReturning<{ last_no: number }>(
      tx,
      `INSERT INTO donation_receipt_counter (organisation_id, last_no) VALUES ($1, 1)
       ON CONFLICT (organisation_id) DO UPDATE SET last_no = donation_receipt_counter.last_no + 1 RETURNING last_no`,
      [s.organisationId],
    );
    donation.numbered(last_no);
    await tx.query(
      `INSERT INTO donation (id, organisation_id, plan_id, receipt_no, division_code, district_code, donor_name, donor_kind, kind, value_fen,
         goods_description, goods_quantity, goods_unit, received_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        s.id,
        s.organisationId,
        s.planId,
        last_no,
        s.divisionCode,
        districtOf(s.divisionCode),
        s.donorName,
        s.donorKind,
        s.kind,
        s.value.fen,
        s.goods?.description ?? null,
        s.goods?.quantity ?? null,
        s.goods?.unit ?? null,
        s.receivedOn.toString(),
        recordedBy,
      ],
    );
  }
}

export function toAggregate(row: DonationRow): Donation {
  return Donation.restore({
    id: row.id,
    organisationId: row.organisation_id,
    planId: row.plan_id,
    divisionCode: row.division_code,
    donorName: row.donor_name,
    donorKind: row.donor_kind,
    kind: row.kind,
    value: Money.ofFen(Number(row.value_fen)),
    goods: row.goods_description ? { description: row.goods_description, quantity: row.goods_quantity!, unit: row.goods_unit! } : null,
    receivedOn: BusinessDate.parse(row.received_on),
    receiptNo: row.receipt_no,
  });
}
