import { PAYMENT_RUN_COLUMNS, runView, SqlRunViews } from '@civic/payment-run';
import { PageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PaymentLineKey, PaymentLineView, PaymentRunQueries, PaymentRunView } from '../application/payment-run-queries';
import { PAYABLE_SQL } from './payable-sql';

/** Adapter of the payment-run query port. */
@Injectable()
export class SqlPaymentRunQueries implements PaymentRunQueries {
  private readonly runs: SqlRunViews;

  constructor(private readonly uow: UnitOfWork) {
    this.runs = new SqlRunViews(uow, 'payment_run', `${PAYMENT_RUN_COLUMNS}, lines_without_account`);
  }

  async get(month: string): Promise<PaymentRunView | null> {
    const row = await this.runs.get(month);
    return row ? toView(row) : null;
  }

  async list(page: PageQuery): Promise<{ items: PaymentRunView[]; total: number }> {
    const { rows, total } = await this.runs.list(page);
    return { items: rows.map(toView), total };
  }

  async linesAfter(month: string, after: PaymentLineKey | null, limit: number, scope: SqlWhere): Promise<PaymentLineView[]> {
    const n = scope.params().length;
    const rows = await this.uow.manager().query(
      `SELECT l.benefit_id, l.period::text AS period, l.kind, l.household_id, l.programme_code, l.division_code, l.recipients, l.amount_fen,
              m.name AS payee_name, m.citizen_id AS payee_citizen_id, pa.bank_name, pa.account_number
       FROM payment_line l
       LEFT JOIN household_payee_account pa ON pa.household_id = l.household_id
       LEFT JOIN household_member m ON m.household_id = l.household_id AND (m.citizen_id = pa.payee_citizen_id OR (pa.household_id IS NULL AND m.relation = 'head'))
       WHERE ${scope.sql()} AND l.month = $${n + 1} AND ($${n + 2}::uuid IS NULL OR (l.benefit_id, l.period, l.kind) > ($${n + 2}::uuid, $${n + 3}::date, $${n + 4}::text))
       ORDER BY l.benefit_id, l.period, l.kind LIMIT $${n + 5}`,
      [...scope.params(), month, after?.benefitId ?? null, after?.period ?? null, after?.kind ?? null, limit],
    );
    return rows.map((r: Record<string, any>) => ({
      benefitId: r.benefit_id,
      period: r.period,
      kind: r.kind,
      householdId: r.household_id,
      programme: r.programme_code,
      divisionCode: r.division_code,
      recipients: r.recipients,
      amountFen: Number(r.amount_fen),
      payeeName: r.payee_name,
      payeeCitizenId: r.payee_citizen_id,
      bankName: r.bank_name,
      accountNumber: r.account_number,
    }));
  }

  async payableAmong(month: string, benefitIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.uow
      .manager()
      .query(`SELECT b.id FROM benefit b WHERE ${PAYABLE_SQL} AND b.id = ANY($2::uuid[]) ORDER BY b.id`, [month, benefitIds]);
    return rows.map((r) => r.id);
  }
}

function toView(r: Record<string, any>): PaymentRunView {
  return { ...(runView(r) as PaymentRunView), linesWithoutAccount: r.lines_without_account };
}
