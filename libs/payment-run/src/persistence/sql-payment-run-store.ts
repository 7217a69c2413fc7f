import { BusinessDate } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { EntityManager } from 'typeorm';
import { BatchOutcome, PaymentRunStore, PaymentRunTotals } from '../application/payment-run-store';
import { PaymentRunStatus } from '../domain/payment-run';

/**
 * The tables of a service's runs (`PAYMENT_RUN_COLUMNS` plus the cursor column) and lines (month,
 * district_code, kind, amount_fen). Names are the service's own constants, never input.
 */
export interface RunTables {
  runs: string;
  lines: string;
  /** The run's keyset cursor: the last payee (uuid) whose line is written. */
  cursor: string;
}

/**
 * The generic SQL of a payment run: lifecycle, lease, cursor, failure and the recount at the end.
 * A service's repository extends it and says what its lines are: how many a month expects
 * (`expectedLines`) and how a batch writes them (`writeBatch`).
 */
export abstract class SqlPaymentRunStore implements PaymentRunStore {
  protected constructor(
    protected readonly uow: UnitOfWork,
    private readonly tables: RunTables,
  ) {}

  /** The lines the month is expected to pay, counted in the current transaction when the run starts. */
  protected abstract expectedLines(db: EntityManager, month: BusinessDate): Promise<number>;

  /**
   * What a batch writes, as SQL over the month `$1::date`, the cursor `$2::uuid` (null: from the
   * first) and the batch size `$3`: `select` the next payees after the cursor in `id` order, and
   * `insert` their lines from `batch` (ON CONFLICT DO NOTHING, so a line written before a crash is
   * never written twice) RETURNING amount_fen.
   */
  protected abstract readonly batch: { select: string; id: string; insert: string };

  async status(month: BusinessDate): Promise<PaymentRunStatus | null> {
    const [row] = await this.uow.manager().query(`SELECT status FROM ${this.tables.runs} WHERE month = $1`, [month.toString()]);
    return row?.status ?? null;
  }

  async create(month: BusinessDate, startedBy: string): Promise<void> {
    const db = this.uow.transaction();
    const expected = await this.expectedLines(db, month);
    await db.query(`INSERT INTO ${this.tables.runs} (month, status, expected_lines, started_by) VALUES ($1, 'running', $2, $3)`, [
      month.toString(),
      expected,
      startedBy,
    ]);
  }

  async resume(month: BusinessDate): Promise<void> {
    await this.uow
      .transaction()
      .query(
        `UPDATE ${this.tables.runs} SET status = 'running', last_error = NULL, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL WHERE month = $1`,
        [month.toString()],
      );
  }

  async claim(month: string, owner: string, leaseMs: number): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.manager(),
      `UPDATE ${this.tables.runs} SET lease_owner = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE month = $1 AND status = 'running' AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $2) RETURNING month`,
      [month, owner, leaseMs],
    );
    return rows.length === 1;
  }

  async orphaned(): Promise<string[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT month::text AS month FROM ${this.tables.runs} WHERE status = 'running' AND (lease_until IS NULL OR lease_until < now()) ORDER BY month`);
    return rows.map((r: { month: string }) => r.month);
  }

  /** One batch in the caller's transaction: holding the run's row, the lines of the next `batch`; the cursor, counters and lease move with it. */
  async processBatch(month: string, owner: string, size: number, leaseMs: number): Promise<BatchOutcome> {
    const db = this.uow.transaction();
    const [run] = await db.query(
      `SELECT ${this.tables.cursor} AS cursor FROM ${this.tables.runs} WHERE month = $1 AND lease_owner = $2 AND status = 'running' FOR UPDATE`,
      [month, owner],
    );
    if (!run) return { scanned: 0, inserted: 0, leaseLost: true };
    const [written] = await db.query(
      `WITH batch AS (${this.batch.select}), inserted AS (${this.batch.insert})
       SELECT (SELECT count(*)::int FROM batch) AS scanned, (SELECT ${this.batch.id} FROM batch ORDER BY ${this.batch.id} DESC LIMIT 1) AS last_id,
              (SELECT count(*)::int FROM inserted) AS inserted, (SELECT coalesce(sum(amount_fen), 0)::bigint FROM inserted) AS amount`,
      [month, run.cursor, size],
    );
    if (written.scanned > 0) {
      await db.query(
        `UPDATE ${this.tables.runs} SET ${this.tables.cursor} = $2, lines = lines + $3, total_fen = total_fen + $4,
                lease_until = now() + make_interval(secs => $5::double precision / 1000) WHERE month = $1`,
        [month, written.last_id, written.inserted, written.amount, leaseMs],
      );
    }
    return { scanned: written.scanned, inserted: written.inserted, leaseLost: false };
  }

  /** Totals recounted from the lines themselves, so the completion event is exact whatever happened on the way; the run is completed. */
  protected async completeRun<Kind extends string>(month: string): Promise<PaymentRunTotals<Kind>> {
    const db = this.uow.transaction();
    const totalsBy = async (column: string) =>
      (
        await db.query(
          `SELECT ${column} AS key, count(*)::int AS lines, sum(amount_fen)::bigint AS total FROM ${this.tables.lines} WHERE month = $1 GROUP BY ${column} ORDER BY ${column}`,
          [month],
        )
      ).map((r: { key: string; lines: number; total: string }) => ({ key: r.key, lines: r.lines, totalFen: Number(r.total) }));
    const byDistrict = (await totalsBy('district_code')).map(({ key, ...t }: { key: string; lines: number; totalFen: number }) => ({
      divisionCode: key,
      ...t,
    }));
    const byKind = (await totalsBy('kind')).map(({ key, ...t }: { key: string; lines: number; totalFen: number }) => ({ kind: key as Kind, ...t }));
    const lines = byDistrict.reduce((n: number, d: { lines: number }) => n + d.lines, 0);
    const totalFen = byDistrict.reduce((n: number, d: { totalFen: number }) => n + d.totalFen, 0);
    await db.query(
      `UPDATE ${this.tables.runs} SET status = 'completed', lines = $2, expected_lines = $2, total_fen = $3, by_district = $4, by_kind = $5, completed_at = now(),
              lease_owner = NULL, lease_until = NULL WHERE month = $1`,
      [month, lines, totalFen, JSON.stringify(byDistrict), JSON.stringify(byKind)],
    );
    return { lines, totalFen, byDistrict, byKind };
  }

  async fail(month: string, owner: string, error: string): Promise<void> {
    await this.uow
      .manager()
      .query(
        `UPDATE ${this.tables.runs} SET status = 'failed', last_error = $3, lease_owner = NULL, lease_until = NULL WHERE month = $1 AND lease_owner = $2 AND status = 'running'`,
        [month, owner, error.slice(0, 2000)],
      );
  }
}
