import { Money } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BillView, ChargesQueries, PriceView, ServiceItemView } from '../application/charges-queries';
import { CATALOGUE_IN_FORCE_SQL } from './price-in-force-sql';

/** Adapter of the charges query port. */
@Injectable()
export class SqlChargesQueries implements ChargesQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async catalogue(funeralHome: string, on: string): Promise<ServiceItemView[]> {
    const rows = await this.uow.manager().query(CATALOGUE_IN_FORCE_SQL, [funeralHome, on]);
    return rows.map((r: { code: string; name: string; unit: string; price_fen: string; basic: boolean }) => ({
      code: r.code,
      name: r.name,
      unit: r.unit,
      price: Money.ofFen(Number(r.price_fen)).toString(),
      basic: r.basic,
    }));
  }

  async priceHistory(code: string): Promise<PriceView[] | null> {
    const db = this.uow.manager();
    if ((await db.query(`SELECT 1 FROM service_item WHERE code = $1`, [code])).length === 0) return null;
    const rows = await db.query(
      `SELECT funeral_home, effective_from::text, price_fen, recorded_by FROM service_price WHERE code = $1 ORDER BY effective_from DESC, funeral_home`,
      [code],
    );
    return rows.map((r: { funeral_home: string; effective_from: string; price_fen: string; recorded_by: string }) => ({
      funeralHome: r.funeral_home,
      effectiveFrom: r.effective_from,
      price: Money.ofFen(Number(r.price_fen)).toString(),
      recordedBy: r.recorded_by,
    }));
  }

  async bill(deathRecordId: string): Promise<BillView | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT lines, total_fen, waived_fen, due_fen, waiver_basis, service_date::text, funeral_home FROM funeral_bill WHERE death_record_id = $1`, [
        deathRecordId,
      ]);
    if (!row) return null;
    const yuan = (fen: string) => Money.ofFen(Number(fen)).toString();
    return {
      deathRecordId,
      lines: row.lines,
      total: yuan(row.total_fen),
      waived: yuan(row.waived_fen),
      due: yuan(row.due_fen),
      waiverBasis: row.waiver_basis,
      serviceDate: row.service_date,
      funeralHome: row.funeral_home,
    };
  }
}
