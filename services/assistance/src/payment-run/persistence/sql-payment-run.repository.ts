import { BusinessDate } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PaymentLineKind } from '../domain/earlier-months';
import { PaymentRunStatus } from '../domain/payment-run';
import { PaymentRunRepository, PaymentRunTotals } from '../domain/payment-run.repository';
import { amountInForceSql, PAYABLE_SQL, payableSql } from './payable-sql';

/** Adapter: payment runs and lines, processed in keyset batches of set-based SQL so memory stays flat. */
@Injectable()
export class SqlPaymentRunRepository implements PaymentRunRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async status(month: BusinessDate): Promise<PaymentRunStatus | null> {
    const [row] = await this.uow.manager().query(`SELECT status FROM payment_run WHERE month = $1`, [month.toString()]);
    return row?.status ?? null;
  }

  async create(month: BusinessDate, startedBy: string): Promise<void> {
    const tx = this.uow.transaction();
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM benefit b WHERE ${PAYABLE_SQL}`, [month.toString()]);
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
  async claim(month: string, owner: string, leaseMs: number): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.manager(),
      `UPDATE payment_run SET lease_owner = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE month = $1 AND status = 'running' AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $2) RETURNING month`,
      [month, owner, leaseMs],
    );
    return rows.length === 1;
  }

  /** Runs that need a worker: running and not held by a live lease. */
  async orphaned(): Promise<string[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT month::text AS month FROM payment_run WHERE status = 'running' AND (lease_until IS NULL OR lease_until < now()) ORDER BY month`);
    return rows.map((r: { month: string }) => r.month);
  }

  /**
   * One batch, in the caller's transaction: the next `size` payable benefits after the cursor get
   * their line (ON CONFLICT: a line written before a crash is never written twice) and the run's
   * cursor and counters move with them, or not at all.
   */
  async processBatch(month: string, owner: string, size: number, leaseMs: number): Promise<{ scanned: number; inserted: number; leaseLost: boolean }> {
    const db = this.uow.transaction();
    const [run] = await db.query(`SELECT cursor_benefit_id FROM payment_run WHERE month = $1 AND lease_owner = $2 AND status = 'running' FOR UPDATE`, [
      month,
      owner,
    ]);
    if (!run) return { scanned: 0, inserted: 0, leaseLost: true };
    const [r] = await db.query(
      `WITH batch AS (
         SELECT b.id, b.household_id, b.programme_code, b.division_code, b.district_code, b.recipients,
                ${amountInForceSql('$1::date')} AS amount_fen
         FROM benefit b WHERE ${PAYABLE_SQL} AND ($2::uuid IS NULL OR b.id > $2::uuid) ORDER BY b.id LIMIT $3
       ), inserted AS (
         INSERT INTO payment_line (month, period, kind, benefit_id, household_id, programme_code, division_code, district_code, recipients, amount_fen)
         SELECT $1::date, $1::date, 'regular', id, household_id, programme_code, division_code, district_code, recipients, amount_fen FROM batch
         ON CONFLICT (month, benefit_id, period, kind) DO NOTHING RETURNING amount_fen
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

  /**
   * 补发 and 追回 (`corrections` in domain/earlier-months.ts, set-based): every benefit changed since
   * the previous completed run started (a day's margin for transactions still open then) is
   * re-examined against each month already paid, and the difference between what the month is due
   * by today's facts and what it has been paid so far becomes a line of this run for that month.
   * Re-examining a benefit twice adds nothing, so the margin only costs time.
   */
  async settleEarlierMonths(month: string): Promise<void> {
    const due = `CASE WHEN ${payableSql('p.month')} THEN ${amountInForceSql('p.month')} ELSE 0 END`;
    await this.uow.transaction().query(
      `WITH since AS (
         SELECT max(started_at) - interval '1 day' AS at FROM payment_run WHERE status = 'completed' AND month < $1::date
       ), owed AS (
         SELECT b.*, p.month AS period, ${due} - coalesce((SELECT sum(l.amount_fen) FROM payment_line l
                  WHERE l.benefit_id = b.id AND l.period = p.month AND l.kind <> 'price-subsidy'), 0) AS difference
         FROM since, benefit b JOIN payment_run p ON p.status = 'completed' AND p.month < $1::date
         WHERE b.updated_at >= since.at
       )
       INSERT INTO payment_line (month, period, kind, benefit_id, household_id, programme_code, division_code, district_code, recipients, amount_fen)
       SELECT $1::date, period, CASE WHEN difference > 0 THEN 'arrears' ELSE 'recovery' END, id, household_id, programme_code, division_code, district_code, recipients, difference
       FROM owed WHERE difference <> 0
       ON CONFLICT (month, benefit_id, period, kind) DO NOTHING`,
      [month],
    );
  }

  /** 价格临时补贴 issued for this month or earlier and not yet paid: a line each, and the subsidy marks the run that paid it. */
  async payPriceSubsidies(month: string): Promise<void> {
    await this.uow.transaction().query(
      `WITH paying AS (
         UPDATE price_subsidy s SET paid_in = $1::date WHERE s.paid_in IS NULL AND s.month <= $1::date
         RETURNING s.month, s.benefit_id, s.household_id, s.district_code, s.recipients, s.amount_fen
       )
       INSERT INTO payment_line (month, period, kind, benefit_id, household_id, programme_code, division_code, district_code, recipients, amount_fen)
       SELECT $1::date, p.month, 'price-subsidy', p.benefit_id, p.household_id, b.programme_code, b.division_code, p.district_code, p.recipients, p.amount_fen
       FROM paying p JOIN benefit b ON b.id = p.benefit_id
       ON CONFLICT (month, benefit_id, period, kind) DO NOTHING`,
      [month],
    );
  }

  /** Totals recounted from the lines themselves, so the completion event is exact whatever happened on the way. */
  async complete(month: string): Promise<PaymentRunTotals> {
    const db = this.uow.transaction();
    const rows = await db.query(
      `SELECT district_code, count(*)::int AS lines, sum(amount_fen)::bigint AS total FROM payment_line WHERE month = $1 GROUP BY district_code ORDER BY district_code`,
      [month],
    );
    const byDistrict = rows.map((r: { district_code: string; lines: number; total: string }) => ({
      divisionCode: r.district_code,
      lines: r.lines,
      totalFen: Number(r.total),
    }));
    const kinds = await db.query(
      `SELECT kind, count(*)::int AS lines, sum(amount_fen)::bigint AS total FROM payment_line WHERE month = $1 GROUP BY kind ORDER BY kind`,
      [month],
    );
    const byKind = kinds.map((r: { kind: PaymentLineKind; lines: number; total: string }) => ({ kind: r.kind, lines: r.lines, totalFen: Number(r.total) }));
    const lines = byDistrict.reduce((n: number, d: { lines: number }) => n + d.lines, 0);
    const totalFen = byDistrict.reduce((n: number, d: { totalFen: number }) => n + d.totalFen, 0);
    await db.query(
      `UPDATE payment_run SET status = 'completed', lines = $2, expected_lines = $2, total_fen = $3, by_district = $4, by_kind = $5, completed_at = now(),
              lines_without_account = (SELECT count(*) FROM payment_line l WHERE l.month = $1
                                       AND NOT EXISTS (SELECT 1 FROM household_payee_account pa WHERE pa.household_id = l.household_id)),
              lease_owner = NULL, lease_until = NULL WHERE month = $1`,
      [month, lines, totalFen, JSON.stringify(byDistrict), JSON.stringify(byKind)],
    );
    return { lines, totalFen, byDistrict, byKind };
  }

  async fail(month: string, owner: string, error: string): Promise<void> {
    await this.uow
      .manager()
      .query(
        `UPDATE payment_run SET status = 'failed', last_error = $3, lease_owner = NULL, lease_until = NULL WHERE month = $1 AND lease_owner = $2 AND status = 'running'`,
        [month, owner, error.slice(0, 2000)],
      );
  }
}
