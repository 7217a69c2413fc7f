import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { KafkaGateway, MessagingLogger } from '../kafka/kafka-gateway';
import { quoteIdent } from '../schema-sql';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** Connection string for the LISTEN connection that wakes the relay on commit. */
  databaseUrl: string;
  schema: string;
  gateway: KafkaGateway;
  logger: MessagingLogger;
  /** Rows per Kafka request. */
  batchSize?: number;
  /** Batches sent per round (one transaction) before the marks commit. */
  maxBatchesPerRound?: number;
  /** Wait after a commit notification before reading, so one round carries many commits (default 10 ms). */
  lingerMs?: number;
  /** Poll interval when no notification arrives (a safety net; notifications do the waking). */
  idlePollMs?: number;
  /** Published rows are kept this long for inspection and replay, then purged. */
  retentionDays?: number;
  /**
   * A row whose transaction is older than every running one is safe to publish in order. A row
   * this old is published even when a long transaction holds the horizon back, so that one slow
   * report cannot stall every event of the service.
   */
  horizonGraceSeconds?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  /** The JSON text as stored: passed through without parsing. */
  payload: string;
}

export interface RelayCounters {
  published: number;
  failedBatches: number;
}

/**
 * Publishes committed outbox rows to Kafka in order and marks them. Safe with several replicas:
 * a transaction-scoped advisory lock lets one relay of a schema work at a time, so one
 * aggregate's events are never reordered by two relays racing (the SKIP LOCKED trap); the others
 * take over when it stops. Kafka down: rows stay, the relay backs off and retries until it has them.
 */
export class OutboxRelay {
  readonly counters: RelayCounters = { published: 0, failedBatches: 0 };
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private notified = false;
  private listener?: Client;
  private lastPurge = 0;
  private readonly table: string;
  private readonly lockKey: string;
  private readonly batchSize: number;
  private readonly idlePollMs: number;
  private readonly maxBatchesPerRound: number;
  private readonly lingerMs: number;
  private lingering = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.table = `${quoteIdent(options.schema)}.outbox`;
    this.lockKey = `civic_outbox:${options.schema}`;
    this.batchSize = options.batchSize ?? 500;
    this.idlePollMs = options.idlePollMs ?? 1000;
    this.maxBatchesPerRound = options.maxBatchesPerRound ?? 20;
    this.lingerMs = options.lingerMs ?? 10;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  /** Stops taking new batches, tries one last drain so that nothing waits for the next start, and closes. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.drainOnce().catch(() => 0);
    await this.listener?.end().catch(() => undefined);
  }

  /** Rows not yet published (for health details and metrics). */
  async pendingCount(): Promise<number> {
    const rows = await this.options.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table} WHERE published_at IS NULL`);
    return rows[0].n;
  }

  /**
   * Publishes one round of up to `maxBatchesPerRound` batches; returns how many rows went out (0
   * when another replica holds the lock). Within a round, reading the next batch and marking the
   * previous one overlap with the Kafka send of the current one; sends stay strictly in order.
   * The marks commit at the end of the round, so a crash mid-round re-sends at most one round
   * (at-least-once; consumers deduplicate by event id).
   */
  async drainOnce(): Promise<number> {
    const runner: QueryRunner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    let sent: string[] = [];
    let published = 0;
    try {
      await runner.startTransaction();
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [this.lockKey]);
      if (!locked) {
        await runner.rollbackTransaction();
        return 0;
      }
      // Walk the unpublished index in id order. Without this, a fresh or backlogged table (stale
      // statistics) gets a bitmap scan that sorts every pending row for each batch: draining a
      // backlog after a Kafka outage would grow with the square of its size.
      await runner.query('SET LOCAL enable_bitmapscan = off');
      await runner.query('SET LOCAL enable_seqscan = off');
      let rows = await this.nextBatch(runner, '0');
      for (let round = 0; rows.length > 0 && round < this.maxBatchesPerRound; round++) {
        const ids = rows.map((r) => r.id);
        sent = ids;
        const sending = this.options.gateway.sendBatch(groupByTopic(rows));
        // While Kafka acknowledges this batch, fetch the next one (rows after this batch's last id).
        const next = round + 1 < this.maxBatchesPerRound && rows.length === this.batchSize ? this.nextBatch(runner, ids[ids.length - 1]) : Promise.resolve([]);
        const [, following] = await Promise.all([sending, next]);
        await runner.query(`UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids]);
        published += ids.length;
        rows = following;
      }
      await runner.commitTransaction();
      this.counters.published += published;
      return published;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (sent.length) {
        this.counters.failedBatches += 1;
        await this.options.dataSource
          .query(`UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [sent, String(error).slice(0, 1000)])
          .catch(() => undefined);
      }
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The next rows safe to publish in order: committed, and older than every running transaction. */
  private nextBatch(runner: QueryRunner, afterId: string): Promise<OutboxRow[]> {
    return runner.query(
      `SELECT id, topic, message_key, headers, payload::text AS payload FROM ${this.table}
        WHERE published_at IS NULL AND id > $3
          AND (txid < pg_snapshot_xmin(pg_current_snapshot()) OR created_at < now() - make_interval(secs => $2))
        ORDER BY id LIMIT $1`,
      [this.batchSize, this.options.horizonGraceSeconds ?? 10, afterId],
    );
  }

  private async run(): Promise<void> {
    let backoffMs = 0;
    while (this.running) {
      try {
        const published = await this.drainOnce();
        backoffMs = 0;
        if (published >= this.batchSize) continue;
        await this.purgeIfDue();
        await this.sleep(this.idlePollMs);
      } catch (error) {
        backoffMs = Math.min(backoffMs ? backoffMs * 2 : 250, 10_000);
        this.options.logger.warn(
          { err: String(error), retryInMs: backoffMs, schema: this.options.schema },
          'outbox relay could not publish; rows stay in the outbox',
        );
        await this.sleep(backoffMs);
      }
    }
  }

  /**
   * Waits for a notification or the poll interval. A notification that arrived while the relay
   * was busy draining counts too: its rows may have committed after the drain's last read.
   */
  private sleep(ms: number): Promise<void> {
    if (this.notified) {
      this.notified = false;
      return new Promise((resolve) => setTimeout(resolve, this.lingerMs));
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.notified = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /**
   * A commit was announced. The relay waits `lingerMs` before reading (as Kafka's linger.ms), so
   * that under load one round carries the rows of many commits instead of one round per commit.
   */
  private onNotification(): void {
    const wake = this.wake;
    if (!wake) {
      this.notified = true;
      return;
    }
    if (this.lingering) return;
    this.lingering = true;
    setTimeout(() => {
      this.lingering = false;
      if (this.wake === wake) wake();
    }, this.lingerMs);
  }

  private async listen(): Promise<void> {
    try {
      const client = new Client({ connectionString: this.options.databaseUrl });
      client.on('error', () => {
        // The poll keeps the relay going; try to listen again shortly.
        this.listener = undefined;
        if (this.running) setTimeout(() => void this.listen(), 2000).unref();
      });
      await client.connect();
      client.on('notification', (n) => {
        if (n.payload === this.options.schema) this.onNotification();
      });
      await client.query('LISTEN civic_outbox');
      this.listener = client;
    } catch (error) {
      this.options.logger.warn({ err: String(error) }, 'outbox relay cannot LISTEN; polling only');
      if (this.running) setTimeout(() => void this.listen(), 5000).unref();
    }
  }

  private async purgeIfDue(): Promise<void> {
    if (Date.now() - this.lastPurge < 3_600_000) return;
    this.lastPurge = Date.now();
    await this.options.dataSource.query(`DELETE FROM ${this.table} WHERE published_at < now() - make_interval(days => $1)`, [this.options.retentionDays ?? 7]);
  }
}

function groupByTopic(rows: OutboxRow[]) {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: row.payload, headers: row.headers });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
