import { BusinessDate, Money } from '@civic/domain-kernel';
import { queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ChargesRepository } from '../domain/charges.repository';
import { ServiceItem } from '../domain/funeral-bill';
import { billExists, FuneralBill } from '../domain/funeral-bill-issue';
import { DatedPrice } from '../domain/price-history';
import { WaiverCoverage, WaiverPolicy } from '../domain/waiver';
import { CATALOGUE_IN_FORCE_SQL } from './price-in-force-sql';

/** Adapter: `service_item` with its dated prices (`service_price`), `waiver_policy`, `waiver_eligibility` and `funeral_bill` (one per death: `funeral_bill_one_per_death`). */
@Injectable()
export class SqlChargesRepository implements ChargesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async catalogueOn(funeralHome: string, day: BusinessDate): Promise<Map<string, ServiceItem>> {
    const rows = await this.uow.manager().query(CATALOGUE_IN_FORCE_SQL, [funeralHome, day.toString()]);
    return new Map(
      rows.map((r: Record<string, any>) => [r.code, { code: r.code, name: r.name, unit: r.unit, price: Money.ofFen(Number(r.price_fen)), basic: r.basic }]),
    );
  }

  async addPrice(price: DatedPrice, recordedBy: string): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.transaction(),
      `INSERT INTO service_price (code, funeral_home, effective_from, price_fen, recorded_by)
       SELECT code, $2, $3, $4, $5 FROM service_item WHERE code = $1
       ON CONFLICT (code, funeral_home, effective_from) DO UPDATE SET price_fen = EXCLUDED.price_fen, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       RETURNING code`,
      [price.code, price.funeralHome, price.effectiveFrom.toString(), price.price.fen, recordedBy],
    );
    return rows.length === 1;
  }

  async waiverPolicy(): Promise<WaiverPolicy> {
    const [row] = await this.uow.manager().query(`SELECT programmes FROM waiver_policy WHERE id = 1`);
    return { programmes: row?.programmes ?? [] };
  }

  async coveragesOf(citizenId: string): Promise<WaiverCoverage[]> {
    const rows = await this.uow.manager().query(
      `SELECT e.citizen_id, e.benefit_id, e.programme, e.since::text, e.until::text,
                COALESCE((SELECT json_agg(json_build_object('from', s.suspended_from::text, 'resumed_from', s.resumed_from::text) ORDER BY s.suspended_from)
                          FROM waiver_suspension s WHERE s.benefit_id = e.benefit_id), '[]') AS suspensions
         FROM waiver_eligibility e WHERE e.citizen_id = $1 ORDER BY e.since`,
      [citizenId],
    );
    type Row = {
      citizen_id: string;
      benefit_id: string;
      programme: string;
      since: string;
      until: string | null;
      suspensions: { from: string; resumed_from: string | null }[];
    };
    return rows.map((r: Row) => ({
      citizenId: r.citizen_id,
      benefitId: r.benefit_id,
      programme: r.programme,
      since: BusinessDate.parse(r.since),
      until: r.until ? BusinessDate.parse(r.until) : null,
      suspensions: r.suspensions.map((s) => ({ from: BusinessDate.parse(s.from), resumedFrom: s.resumed_from ? BusinessDate.parse(s.resumed_from) : null })),
    }));
  }

  async suspendCoverages(benefitId: string, from: BusinessDate): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO waiver_suspension (benefit_id, suspended_from) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [benefitId, from.toString()]);
  }

  async resumeCoverages(benefitId: string, from: BusinessDate): Promise<void> {
    await this.uow.transaction().query(
      `UPDATE waiver_suspension SET resumed_from = $2
       WHERE (benefit_id, suspended_from) = (SELECT benefit_id, max(suspended_from) FROM waiver_suspension WHERE benefit_id = $1 AND suspended_from <= $2 GROUP BY benefit_id)`,
      [benefitId, from.toString()],
    );
  }

  async addCoverages(coverages: Omit<WaiverCoverage, 'suspensions'>[]): Promise<void> {
    if (coverages.length === 0) return;
    await this.uow.transaction().query(
      `INSERT INTO waiver_eligibility (citizen_id, benefit_id, programme, since)
       SELECT c.citizen_id, c.benefit_id, c.programme, c.since FROM jsonb_to_recordset($1::jsonb) AS c(citizen_id text, benefit_id uuid, programme text, since date)
       ON CONFLICT (citizen_id, benefit_id) DO NOTHING`,
      [JSON.stringify(coverages.map((c) => ({ citizen_id: c.citizenId, benefit_id: c.benefitId, programme: c.programme, since: c.since.toString() })))],
    );
  }

  async endCoverages(benefitId: string, until: BusinessDate): Promise<void> {
    await this.uow.transaction().query(`UPDATE waiver_eligibility SET until = $2 WHERE benefit_id = $1`, [benefitId, until.toString()]);
  }

  async hasBill(deathRecordId: string): Promise<boolean> {
    return (await this.uow.manager().query(`SELECT 1 FROM funeral_bill WHERE death_record_id = $1`, [deathRecordId])).length > 0;
  }

  async addBill(b: FuneralBill): Promise<void> {
    await translatingConstraints(
      () =>
        this.uow
          .transaction()
          .query(
            `INSERT INTO funeral_bill (id, death_record_id, lines, total_fen, waived_fen, due_fen, waiver_basis, service_date, funeral_home) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              b.id,
              b.deathRecordId,
              JSON.stringify(
                b.lines.map((l) => ({ code: l.code, name: l.name, quantity: l.quantity, amount: l.amount.toString(), waived: l.waived.toString() })),
              ),
              b.total.fen,
              b.waived.fen,
              b.due.fen,
              b.waiverBasis,
              b.serviceDate.toString(),
              b.funeralHome,
            ],
          ),
      { funeral_bill_one_per_death: billExists },
    );
  }
}
