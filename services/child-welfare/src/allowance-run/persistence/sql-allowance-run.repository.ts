import { BusinessDate } from '@civic/domain-kernel';
import { BatchOutcome, PaymentRunStatus, PaymentRunTotals, SqlRunTable } from '@civic/payment-run';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AllowanceLineKind } from '../../allowance/domain/allowance-rules';
import { AllowanceRunRepository } from '../domain/allowance-run.repository';
import { allowanceDueSql, DUE_IN_MONTH_SQL } from './allowance-due-sql';

/** Adapter: allowance runs and lines, on the shared run table SQL; keyset batches over children. */
@Injectable()
export class SqlAllowanceRunRepository implements AllowanceRunRepository {
  private readonly table: SqlRunTable;

  constructor(private readonly uow: UnitOfWork) {
    this.table = new SqlRunTable(uow, { runs: 'allowance_run', lines: 'allowance_line', cursor: 'cursor_child_id' });
  }

  status(month: BusinessDate): Promise<PaymentRunStatus | null> {
    return this.table.status(month);
  }

  /** The run expects a line per child due an allowance in the month. */
  async create(month: BusinessDate, startedBy: string): Promise<void> {
    const [{ n }] = await this.uow.transaction().query(`SELECT count(*)::int AS n FROM (${DUE_IN_MONTH_SQL}) d`, [month.toString()]);
    await this.table.create(month, startedBy, n);
  }

  resume(month: BusinessDate): Promise<void> {
    return this.table.resume(month);
  }

  claim(month: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.table.claim(month, owner, leaseMs);
  }

  orphaned(): Promise<string[]> {
    return this.table.orphaned();
  }

  fail(month: string, owner: string, error: string): Promise<void> {
    return this.table.fail(month, owner, error);
  }

  /** The next children due an allowance after the cursor, each with its 'regular' line. */
  processBatch(month: string, owner: string, size: number, leaseMs: number): Promise<BatchOutcome> {
    return this.table.processBatch(month, owner, size, leaseMs, async (db, after, limit) => {
      const [r] = await db.query(
        `WITH batch AS (
           SELECT * FROM (${DUE_IN_MONTH_SQL}) d WHERE ($2::uuid IS NULL OR d.child_id > $2::uuid) ORDER BY d.child_id LIMIT $3
         ), inserted AS (
           INSERT INTO allowance_line (month, period, kind, child_id, category, division_code, district_code, amount_fen)
           SELECT $1::date, $1::date, 'regular', child_id, category, division_code, district_code, amount_fen FROM batch
           ON CONFLICT (month, child_id, period, kind) DO NOTHING RETURNING amount_fen
         )
         SELECT (SELECT count(*)::int FROM batch) AS scanned, (SELECT child_id FROM batch ORDER BY child_id DESC LIMIT 1) AS last_id,
                (SELECT count(*)::int FROM inserted) AS inserted, (SELECT coalesce(sum(amount_fen), 0)::bigint FROM inserted) AS amount`,
        [month, after, limit],
      );
      return { scanned: r.scanned, lastId: r.last_id, inserted: r.inserted, amountFen: Number(r.amount) };
    });
  }

  /**
   * 补发 and 追回 (`allowanceCorrections`, set-based): each month already paid is re-examined for every
   * child ever in a paid category, and the difference between what the month is due by today's facts
   * (a standard added for it, a category or closing dated back) and what it has been paid so far
   * becomes a line of this run for that month. A corrected month then agrees, so nothing is paid twice.
   */
  async settleEarlierMonths(month: string): Promise<void> {
    await this.uow.transaction().query(
      `WITH owed AS (
         SELECT d.*, paid.month AS period,
                d.amount_fen - coalesce((SELECT sum(l.amount_fen) FROM allowance_line l WHERE l.child_id = d.child_id AND l.period = paid.month), 0) AS difference
         FROM allowance_run paid CROSS JOIN LATERAL (${allowanceDueSql('paid.month')}) d
         WHERE paid.status = 'completed' AND paid.month < $1::date
       )
       INSERT INTO allowance_line (month, period, kind, child_id, category, division_code, district_code, amount_fen)
       SELECT $1::date, period, CASE WHEN difference > 0 THEN 'arrears' ELSE 'recovery' END, child_id, category, division_code, district_code, difference
       FROM owed WHERE difference <> 0
       ON CONFLICT (month, child_id, period, kind) DO NOTHING`,
      [month],
    );
  }

  complete(month: string): Promise<PaymentRunTotals<AllowanceLineKind>> {
    return this.table.complete<AllowanceLineKind>(month);
  }
}
