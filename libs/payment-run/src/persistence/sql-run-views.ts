import { PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { PaymentRunView } from '../application/payment-run-view';

/** The columns every run table has, as `runView` reads them. */
export const PAYMENT_RUN_COLUMNS = `month::text AS month, status, expected_lines, lines, total_fen, last_error, attempts, started_by, started_at, completed_at, by_district, by_kind`;

/** A row of `PAYMENT_RUN_COLUMNS` as a view. */
export function runView(r: Record<string, any>): PaymentRunView {
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
  };
}

/** Reading a service's runs: one by month, or a page newest first (`columns` may add the service's own). */
export class SqlRunViews {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly runs: string,
    private readonly columns = PAYMENT_RUN_COLUMNS,
  ) {}

  async get(month: string): Promise<Record<string, any> | null> {
    const [row] = await this.uow.manager().query(`SELECT ${this.columns} FROM ${this.runs} WHERE month = $1`, [month]);
    return row ?? null;
  }

  async list(page: PageQuery): Promise<{ rows: Record<string, any>[]; total: number }> {
    return pageQuery<Record<string, any>>(
      this.uow.manager(),
      { columns: this.columns, from: this.runs, where: new SqlWhere(), order: `${this.runs}.month DESC` },
      page,
    );
  }
}
