import { PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PaymentLineKey, PaymentLineView, PaymentRunQueries, PaymentRunView } from '../application/payment-run-queries';
import { PaymentRunStatus } from '../domain/payment-run';
import { PAYABLE_SQL } from './payable-sql';

interface PaymentRunRow {
  month: string;
  status: PaymentRunStatus;
  expected_lines: number;
  lines: number;
  total_fen: string;
  last_error: string | null;
  attempts: number;
  started_by: string;
  started_at: Date;
  completed_at: Date | null;
  by_district: { divisionCode: string; lines: number; totalFen: number }[] | null;
  by_kind: PaymentRunView['byKind'];
  lines_without_account: number | null;
}

const RUN_COLUMNS = `month::text AS month, status, expected_lines, lines, total_fen, last_error, attempts, started_by, started_at, completed_at, by_district, by_kind, lines_without_account`;

/** Adapter of the payment-run query port. */
@Injectable()
export class SqlPaymentRunQueries implements PaymentRunQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async get(month: string): Promise<PaymentRunView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${RUN_COLUMNS} FROM payment_run WHERE month = $1`, [month]);
    return row ? toView(row) : null;
  }

  async list(page: PageQuery): Promise<{ items: PaymentRunView[]; total: number }> {
    const { rows, total } = await pageQuery<PaymentRunRow>(
      this.uow.manager(),
      { columns: RUN_COLUMNS, from: 'payment_run', where: new SqlWhere(), order: 'payment_run.month DESC' },
      page,
    );
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

function toView(r: PaymentRunRow): PaymentRunView {
  return {
    month: r.month,
    status: r.status,
    expectedLines: r.expected_lines,
    lines: r.lines,
    totalFen: Number(r.total_fen),
    attempts: r.attempts,
    lastError: r.last_error,
    startedBy: r.started_by,
    startedAt: r.started_at.toISOString(),
    completedAt: r.completed_at?.toISOString() ?? null,
    byDistrict: r.by_district,
    byKind: r.by_kind,
    linesWithoutAccount: r.lines_without_account,
  };
}
