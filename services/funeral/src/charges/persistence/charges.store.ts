import { Money } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BillLine, ServiceItem } from '../domain/funeral-bill';

/** Adapter: the price catalogue, waiver eligibility and bills. */
@Injectable()
export class ChargesStore {
  constructor(private readonly uow: UnitOfWork) {}

  async catalogue(): Promise<Map<string, ServiceItem>> {
    const rows = await this.uow.manager().query(`SELECT code, name, unit, price_fen, basic FROM service_item WHERE active ORDER BY code`);
    return new Map(
      rows.map((r: Record<string, any>) => [r.code, { code: r.code, name: r.name, unit: r.unit, price: Money.ofFen(Number(r.price_fen)), basic: r.basic }]),
    );
  }

  async setPrice(code: string, price: Money): Promise<boolean> {
    return (
      (
        await queryReturning(this.uow.transaction(), `UPDATE service_item SET price_fen = $2, version = version + 1 WHERE code = $1 RETURNING code`, [
          code,
          price.fen,
        ])
      ).length === 1
    );
  }

  /** Benefit events from assistance: who is covered by a qualifying programme, and until when. */
  async benefitGranted(db: EntityManager, b: { benefitId: string; programme: string; citizenIds: string[]; since: string }): Promise<void> {
    await db.query(
      `INSERT INTO waiver_eligibility (citizen_id, benefit_id, programme, since)
       SELECT c, $1::uuid, $2::varchar, $3::date FROM unnest($4::varchar[]) AS c WHERE $2::varchar = ANY((SELECT programmes FROM waiver_policy WHERE id = 1)::varchar[])
       ON CONFLICT (citizen_id, benefit_id) DO NOTHING`,
      [b.benefitId, b.programme, b.since, b.citizenIds],
    );
  }

  async benefitEnded(db: EntityManager, benefitId: string, until: string): Promise<void> {
    await db.query(`UPDATE waiver_eligibility SET until = $2 WHERE benefit_id = $1`, [benefitId, until]);
  }

  /** The qualifying benefit covering the person on a day, if any. */
  async eligibility(citizenId: string, on: string): Promise<{ benefit_id: string; programme: string } | null> {
    const [row] = await this.uow
      .manager()
      .query(
        `SELECT benefit_id, programme FROM waiver_eligibility WHERE citizen_id = $1 AND since <= $2::date AND (until IS NULL OR until >= $2::date) LIMIT 1`,
        [citizenId, on],
      );
    return row ?? null;
  }

  async insertBill(b: { id: string; deathRecordId: string; lines: BillLine[]; total: Money; waived: Money; due: Money; basis: string | null }): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO funeral_bill (id, death_record_id, lines, total_fen, waived_fen, due_fen, waiver_basis) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        b.id,
        b.deathRecordId,
        JSON.stringify(b.lines.map((l) => ({ code: l.code, name: l.name, quantity: l.quantity, amount: l.amount.toString(), waived: l.waived.toString() }))),
        b.total.fen,
        b.waived.fen,
        b.due.fen,
        b.basis,
      ]);
  }

  async billOf(deathRecordId: string): Promise<Record<string, any> | null> {
    const [row] = await this.uow.manager().query(`SELECT * FROM funeral_bill WHERE death_record_id = $1`, [deathRecordId]);
    return row ?? null;
  }
}
