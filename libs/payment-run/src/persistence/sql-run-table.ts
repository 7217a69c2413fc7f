import { BusinessDate } from '@civic/domain-kernel';
import { queryReturning, UnitOfWork } from '@civic/platform';
import { EntityManager } from 'typeorm';
import { BatchOutcome, PaymentRunTotals } from '../application/payment-run-store';
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

/** The lines one batch wrote: how many payees it read, the last of them, what it inserted. */
export interface BatchWritten {
  scanned: number;
  lastId: string | null;
  inserted: number;
  amountFen: number;
}

/**
 * The generic SQL of a payment run: lifecycle, lease, cursor, failure and the recount at the end.
 * A service's repository holds one and adds what its lines are (`processBatch`'s `write`).
 */
export class SqlRunTable {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tables: RunTables,
  ) {}

  async status(month: BusinessDate): Promise<PaymentRunStatus | null> {
    const [row] = await this.uow.manager().query(`SELECT status FROM ${this.tables.runs} WHERE month = $1`, [month.toString()]);
    return row?.status ?? null;
  }

  async create(month: BusinessDate, startedBy: string, expectedLines: number): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO ${this.tables.runs} (month, status, expected_lines, started_by) VALUES ($1, 'running', $2, $3)`, [
        month.toString(),
        expectedLines,
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

  /**
   * One batch in the caller's transaction: holding the run's row, `write` inserts the lines of the
   * next `size` payees after the cursor (ON CONFLICT DO NOTHING: a line written before a crash is
   * never written twice); the cursor, counters and lease move with them.
   */
  async processBatch(
    month: string,
    owner: string,
    size: number,
    leaseMs: number,
    write: (db: EntityManager, after: string | null, size: number) => Promise<BatchWritten>,
  ): Promise<BatchOutcome> {
    const db = this.uow.transaction();
    const [run] = await db.query(
      `SELECT ${this.tables.cursor} AS cursor FROM ${this.tables.runs} WHERE month = $1 AND lease_owner = $2 AND status = 'running' FOR UPDATE`,
      [month, owner],
    );
    if (!run) return { scanned: 0, inserted: 0, leaseLost: true };
    const written = await write(db, run.cursor, size);
    if (written.scanned > 0) {
      await db.query(
        `UPDATE ${this.tables.runs} SET ${this.tables.cursor} = $2, lines = lines + $3, total_fen = total_fen + $4,
                lease_until = now() + make_interval(secs => $5::double precision / 1000) WHERE month = $1`,
        [month, written.lastId, written.inserted, written.amountFen, leaseMs],
      );
    }
    return { scanned: written.scanned, inserted: written.inserted, leaseLost: false };
  }

  /** Totals recounted from the lines themselves, so the completion event is exact whatever happened on the way; the run is completed. */
  async complete<Kind extends string>(month: string): Promise<PaymentRunTotals<Kind>> {
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
