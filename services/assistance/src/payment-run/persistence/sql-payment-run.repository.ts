import { BusinessDate } from '@civic/domain-kernel';
import { PaymentRunTotals, SqlPaymentRunStore } from '@civic/payment-run';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PaymentLineKind } from '../domain/earlier-months';
import { PaymentRunRepository } from '../domain/payment-run.repository';
import { amountInForceSql, PAYABLE_SQL, payableSql } from './payable-sql';

/** Adapter: payment runs and lines on the shared run SQL (@civic/payment-run); batches over benefits. */
@Injectable()
export class SqlPaymentRunRepository extends SqlPaymentRunStore implements PaymentRunRepository {
  constructor(uow: UnitOfWork) {
    super(uow, { runs: 'payment_run', lines: 'payment_line', cursor: 'cursor_benefit_id' });
  }

  /** A line per payable benefit of the month. */
  protected async expectedLines(db: EntityManager, month: BusinessDate): Promise<number> {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM benefit b WHERE ${PAYABLE_SQL}`, [month.toString()]);
    return n;
  }

  /** The next payable benefits after the cursor, each with its 'regular' line at the amount in force. */
  protected readonly batch = {
    select: `SELECT b.id, b.household_id, b.programme_code, b.division_code, b.district_code, b.recipients, ${amountInForceSql('$1::date')} AS amount_fen
             FROM benefit b WHERE ${PAYABLE_SQL} AND ($2::uuid IS NULL OR b.id > $2::uuid) ORDER BY b.id LIMIT $3`,
    id: 'id',
    insert: `INSERT INTO payment_line (month, period, kind, benefit_id, household_id, programme_code, division_code, district_code, recipients, amount_fen)
             SELECT $1::date, $1::date, 'regular', id, household_id, programme_code, division_code, district_code, recipients, amount_fen FROM batch
             ON CONFLICT (month, benefit_id, period, kind) DO NOTHING RETURNING amount_fen`,
  };

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

  /** Totals recounted from the lines (the lib's), and the lines of households with no payee account to pay them. */
  async complete(month: string): Promise<PaymentRunTotals<PaymentLineKind>> {
    const totals = await this.completeRun<PaymentLineKind>(month);
    await this.uow.transaction().query(
      `UPDATE payment_run SET lines_without_account = (SELECT count(*) FROM payment_line l WHERE l.month = $1
         AND NOT EXISTS (SELECT 1 FROM household_payee_account pa WHERE pa.household_id = l.household_id)) WHERE month = $1`,
      [month],
    );
    return totals;
  }
}
