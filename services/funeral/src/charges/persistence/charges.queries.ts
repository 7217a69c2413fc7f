import { Money } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BillView, ChargesQueries, ServiceItemView } from '../application/charges-queries';

/** Adapter of the charges query port. */
@Injectable()
export class SqlChargesQueries implements ChargesQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async catalogue(): Promise<ServiceItemView[]> {
    const rows = await this.uow.manager().query(`SELECT code, name, unit, price_fen, basic FROM service_item WHERE active ORDER BY code`);
    return rows.map((r: { code: string; name: string; unit: string; price_fen: string; basic: boolean }) => ({
      code: r.code,
      name: r.name,
      unit: r.unit,
      price: Money.ofFen(Number(r.price_fen)).toString(),
      basic: r.basic,
    }));
  }

  async bill(deathRecordId: string): Promise<BillView | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT lines, total_fen, waived_fen, due_fen, waiver_basis FROM funeral_bill WHERE death_record_id = $1`, [deathRecordId]);
    if (!row) return null;
    const yuan = (fen: string) => Money.ofFen(Number(fen)).toString();
    return { deathRecordId, lines: row.lines, total: yuan(row.total_fen), waived: yuan(row.waived_fen), due: yuan(row.due_fen), waiverBasis: row.waiver_basis };
  }
}
