import { BusinessDate } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PaymentRunStatus } from '../domain/payment-run';

export interface PaymentRunRow {
  month: string;
  status: PaymentRunStatus;
  expected_lines: number;
  lines: number;
  total_fen: string;
  cursor_benefit_id: string | null;
  last_error: string | null;
  attempts: number;
  started_by: string;
  started_at: Date;
  completed_at: Date | null;
  by_district: { divisionCode: string; lines: number; totalFen: number }[] | null;
}

/**
 * The benefits a month pays: started by then, not ended before it, not suspended. Terminated
 * benefits are still paid for the months up to their end.
 */
const PAYABLE = `b.starts_on <= $1::date AND (b.ends_on IS NULL OR b.ends_on >= $1::date) AND b.status <> 'suspended'`;

/** Adapter: payment runs and lines, processed in keyset batches of set-based SQL so memory stays flat. */
@Injectable()
export class PaymentRunStore {
  constructor(private readonly uow: UnitOfWork) {}

  async find(month: BusinessDate, db: EntityManager = this.uow.manager()): Promise<PaymentRunRow | null> {
    const [row] = await db.query(`SELECT *, month::text AS month FROM payment_run WHERE month = $1`, [month.toString()]);
    return row ?? null;
  }

  async list(limit: number, offset: number): Promise<[PaymentRunRow[], number]> {
    const db = this.uow.manager();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM payment_run`);
    return [await db.query(`SELECT *, month::text AS month FROM payment_run ORDER BY month DESC LIMIT $1 OFFSET $2`, [limit, offset]), n];
  }

  async create(month: BusinessDate, startedBy: string): Promise<void> {
    const tx = this.uow.transaction();
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM benefit b WHERE ${PAYABLE}`, [month.toString()]);
    await tx.query(`INSERT INTO payment_run (month, status, expected_lines, started_by) VALUES ($1, 'running', $2, $3)`, [month.toString(), n, startedBy]);
  }

  async resume(month: BusinessDate): Promise<void> {
    await this.uow
      .transaction()
      .query(`UPDATE payment_run SET status = 'running', last_error = NULL, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL WHERE month = $1`, [
        month.toString(),
      ]);
  }

  /** Takes the run for this worker unless another live worker holds it. */
  async claim(db: EntityManager, month: string, owner: string, leaseMs: number): Promise<boolean> {
    const rows = await queryReturning(
      db,
      `UPDATE payment_run SET lease_owner = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE month = $1 AND status = 'running' AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $2) RETURNING month`,
      [month, owner, leaseMs],
    );
    return rows.length === 1;
  }

  /** Runs that need a worker: running and not held by a live lease. */
  async orphaned(db: EntityManager): Promise<string[]> {
    const rows = await db.query(
      `SELECT month::text AS month FROM payment_run WHERE status = 'running' AND (lease_until IS NULL OR lease_until < now()) ORDER BY month`,
    );
    return rows.map((r: { month: string }) => r.month);
  }

  /**
   * One batch, in the caller's transaction: the next `size` payable benefits after the cursor get
   * their line (ON CONFLICT: a line written before a crash is never written twice) and the run's
   * cursor and counters move with them, or not at all.
   */
  async processBatch(
    db: EntityManager,
    month: string,
    owner: string,
    size: number,
    leaseMs: number,
  ): Promise<{ scanned: number; inserted: number; leaseLost: boolean }> {
    const [run] = await db.query(`SELECT cursor_benefit_id FROM payment_run WHERE month = $1 AND lease_owner = $2 AND status = 'running' FOR UPDATE`, [
      month,
      owner,
    ]);
    if (!run) return { scanned: 0, inserted: 0, leaseLost: true };
    const [r] = await db.query(
      `WITH batch AS (
         SELECT b.id, b.household_id, b.programme_code, b.division_code, b.district_code, b.recipients,
                (SELECT a.amount_fen FROM benefit_amount a WHERE a.benefit_id = b.id AND a.effective_from <= $1::date ORDER BY a.effective_from DESC LIMIT 1) AS amount_fen
         FROM benefit b WHERE ${PAYABLE} AND ($2::uuid IS NULL OR b.id > $2::uuid) ORDER BY b.id LIMIT $3
       ), inserted AS (
         INSERT INTO payment_line (month, benefit_id, household_id, programme_code, division_code, district_code, recipients, amount_fen)
         SELECT $1::date, id, household_id, programme_code, division_code, district_code, recipients, coalesce(amount_fen, 0) FROM batch
         ON CONFLICT (month, benefit_id) DO NOTHING RETURNING amount_fen
       )
       SELECT (SELECT count(*)::int FROM batch) AS scanned, (SELECT id FROM batch ORDER BY id DESC LIMIT 1) AS last_id,
              (SELECT count(*)::int FROM inserted) AS inserted, (SELECT coalesce(sum(amount_fen), 0)::bigint FROM inserted) AS amount`,
      [month, run.cursor_benefit_id, size],
    );
    if (r.scanned > 0) {
      await db.query(
        `UPDATE payment_run SET cursor_benefit_id = $2, lines = lines + $3, total_fen = total_fen + $4, lease_until = now() + make_interval(secs => $5::double precision / 1000) WHERE month = $1`,
        [month, r.last_id, r.inserted, r.amount, leaseMs],
      );
    }
    return { scanned: r.scanned, inserted: r.inserted, leaseLost: false };
  }

  /** Totals recounted from the lines themselves, so the completion event is exact whatever happened on the way. */
  async complete(
    db: EntityManager,
    month: string,
  ): Promise<{ lines: number; totalFen: number; byDistrict: { divisionCode: string; lines: number; totalFen: number }[] }> {
    const rows = await db.query(
      `SELECT district_code, count(*)::int AS lines, sum(amount_fen)::bigint AS total FROM payment_line WHERE month = $1 GROUP BY district_code ORDER BY district_code`,
      [month],
    );
    const byDistrict = rows.map((r: { district_code: string; lines: number; total: string }) => ({
      divisionCode: r.district_code,
      lines: r.lines,
      totalFen: Number(r.total),
    }));
    const lines = byDistrict.reduce((n: number, d: { lines: number }) => n + d.lines, 0);
    const totalFen = byDistrict.reduce((n: number, d: { totalFen: number }) => n + d.totalFen, 0);
    await db.query(
      `UPDATE payment_run SET status = 'completed', lines = $2, expected_lines = $2, total_fen = $3, by_district = $4, completed_at = now(), lease_owner = NULL, lease_until = NULL WHERE month = $1`,
      [month, lines, totalFen, JSON.stringify(byDistrict)],
    );
    return { lines, totalFen, byDistrict };
  }

  async fail(db: EntityManager, month: string, owner: string, error: string): Promise<void> {
    await db.query(
      `UPDATE payment_run SET status = 'failed', last_error = $3, lease_owner = NULL, lease_until = NULL WHERE month = $1 AND lease_owner = $2 AND status = 'running'`,
      [month, owner, error.slice(0, 2000)],
    );
  }

  /** Lines in benefit order after a cursor, joined with the payee (head of household), for the bank file. */
  async linesAfter(month: string, afterBenefitId: string | null, limit: number): Promise<PaymentLineRow[]> {
    return this.uow.manager().query(
      `SELECT l.benefit_id, l.household_id, l.programme_code, l.division_code, l.recipients, l.amount_fen, m.name AS payee_name, m.citizen_id AS payee_citizen_id
       FROM payment_line l LEFT JOIN household_member m ON m.household_id = l.household_id AND m.relation = 'head'
       WHERE l.month = $1 AND ($2::uuid IS NULL OR l.benefit_id > $2::uuid) ORDER BY l.benefit_id LIMIT $3`,
      [month, afterBenefitId, limit],
    );
  }
}

export interface PaymentLineRow {
  benefit_id: string;
  household_id: string;
  programme_code: string;
  division_code: string;
  recipients: number;
  amount_fen: string;
  payee_name: string | null;
  payee_citizen_id: string | null;
}
