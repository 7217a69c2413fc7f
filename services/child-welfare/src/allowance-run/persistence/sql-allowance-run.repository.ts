import { BusinessDate } from '@civic/domain-kernel';
import { PaymentRunTotals, SqlPaymentRunStore } from '@civic/payment-run';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AllowanceLineKind } from '../../allowance/domain/allowance-rules';
import { AllowanceRunRepository } from '../domain/allowance-run.repository';
import { allowanceDueSql, DUE_IN_MONTH_SQL } from './allowance-due-sql';

/** Adapter: allowance runs and lines on the shared run SQL (@civic/payment-run); batches over children. */
@Injectable()
export class SqlAllowanceRunRepository extends SqlPaymentRunStore implements AllowanceRunRepository {
  constructor(uow: UnitOfWork) {
    super(uow, { runs: 'allowance_run', lines: 'allowance_line', cursor: 'cursor_child_id' });
  }

  /** A line per child due an allowance in the month. */
  protected async expectedLines(db: EntityManager, month: BusinessDate): Promise<number> {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM (${DUE_IN_MONTH_SQL}) d`, [month.toString()]);
    return n;
  }

  /** The next children due an allowance after the cursor, each with its 'regular' line. */
  protected readonly batch = {
    select: `SELECT * FROM (${DUE_IN_MONTH_SQL}) d WHERE ($2::uuid IS NULL OR d.child_id > $2::uuid) ORDER BY d.child_id LIMIT $3`,
    id: 'child_id',
    insert: `INSERT INTO allowance_line (month, period, kind, child_id, category, division_code, district_code, amount_fen)
             SELECT $1::date, $1::date, 'regular', child_id, category, division_code, district_code, amount_fen FROM batch
             ON CONFLICT (month, child_id, period, kind) DO NOTHING RETURNING amount_fen`,
  };

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
    return this.completeRun<AllowanceLineKind>(month);
  }
}
