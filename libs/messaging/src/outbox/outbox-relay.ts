import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { KafkaGateway, MessagingLogger } from '../kafka/kafka-gateway';
import { quoteIdent } from '../schema-sql';
import { remoteSpanOf } from '../trace-context';

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

/** A row Kafka refuses for what it is (too large, invalid): the relay stops at it until an operator decides. */
export interface RelayBlockage {
  id: string;
  topic: string;
  error: string;
  since: string;
}

/** Kafka errors about the records themselves: sending them again cannot succeed. */
const PERMANENT_KAFKA_ERRORS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TOPIC_EXCEPTION',
  'INVALID_REQUIRED_ACKS',
  'POLICY_VIOLATION',
  'TOPIC_AUTHORIZATION_FAILED',
]);

/** True when Kafka refused the records for good (walks kafkajs' wrapped causes). */
export function isPermanentKafkaRefusal(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const { type, retriable } = current as { type?: unknown; retriable?: unknown };
    if (typeof type === 'string' && PERMANENT_KAFKA_ERRORS.has(type) && retriable !== true) return true;
    const inner = current as { cause?: unknown; originalError?: unknown; errors?: unknown[] };
    current = inner.cause ?? inner.originalError ?? (Array.isArray(inner.errors) ? inner.errors[0] : undefined);
  }
  return false;
}

/**
 * Publishes committed outbox rows to Kafka in order and marks them. Safe with several replicas:
 * a transaction-scoped advisory lock lets one relay of a schema work at a time, so one
 * aggregate's events are never reordered by two relays racing (the SKIP LOCKED trap); the others
 * take over when it stops. Kafka down: rows stay, the relay backs off and retries until it has them.
 * A row Kafka refuses for good is found by sending one row at a time, and the relay stops at it
 * (later rows of the same aggregate must not overtake it), reporting it in `blockage()`, health and
 * metrics until an operator discards it or fixes the cause (`npm run outbox`).
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
  /** After a permanent refusal: one row per send, to find the row refused. */
  private isolating = false;
  private blocked?: RelayBlockage;

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
    return (await this.pending()).count;
  }

  /** Rows not yet published and the age of the oldest, in one read of the partial "unpublished" index. */
  async pending(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [row] = await this.options.dataSource.query(
      `SELECT count(*)::int AS n, COALESCE(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest FROM ${this.table} WHERE published_at IS NULL`,
    );
    return { count: row.n, oldestAgeSeconds: row.oldest };
  }

  /** The row the relay is stopped at, if Kafka refuses it for good. */
  blockage(): RelayBlockage | undefined {
    return this.blocked && { ...this.blocked };
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
      // Looking for a refused row: one row per send and per transaction, so the rows before it commit.
      const batchSize = this.isolating ? 1 : this.batchSize;
      const rounds = this.isolating ? 1 : this.maxBatchesPerRound;
      let rows = await this.nextBatch(runner, '0', batchSize);
      // The row it was stopped at is gone (discarded by an operator), or nothing is left: go on.
      if (this.blocked ? rows[0]?.id !== this.blocked.id : this.isolating && rows.length === 0) this.unblock();
      for (let round = 0; rows.length > 0 && round < rounds; round++) {
        const ids = rows.map((r) => r.id);
        sent = ids;
        const sending = traced(rows, () => this.options.gateway.sendBatch(groupByTopic(rows)));
        // While Kafka acknowledges this batch, fetch the next one (rows after this batch's last id).
        const next = round + 1 < rounds && rows.length === batchSize ? this.nextBatch(runner, ids[ids.length - 1], batchSize) : Promise.resolve([]);
        const [, following] = await Promise.all([sending, next]);
        await runner.query(`UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids]);
        published += ids.length;
        rows = following;
      }
      await runner.commitTransaction();
      this.counters.published += published;
      if (this.blocked && published > 0) this.unblock();
      return published;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (sent.length) {
        this.counters.failedBatches += 1;
        await this.options.dataSource
          .query(`UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [sent, String(error).slice(0, 1000)])
          .catch(() => undefined);
        if (isPermanentKafkaRefusal(error)) this.refused(sent, error);
      }
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Kafka refused what was sent for good: find the row (one at a time), then stop at it and say so. */
  private refused(sent: string[], error: unknown): void {
    if (sent.length > 1 || !this.isolating) {
      this.isolating = true;
      return;
    }
    if (this.blocked?.id === sent[0]) return;
    const row = sent[0];
    this.blocked = { id: row, topic: '', error: String(error).slice(0, 1000), since: new Date().toISOString() };
    void this.options.dataSource
      .query(`SELECT topic FROM ${this.table} WHERE id = $1`, [row])
      .then((rows: { topic: string }[]) => this.blocked?.id === row && rows[0] && (this.blocked.topic = rows[0].topic))
      .catch(() => undefined);
    this.options.logger.error(
      { outboxId: row, err: this.blocked.error, schema: this.options.schema },
      'Kafka refuses this outbox row for good; the relay stops at it until an operator decides (npm run outbox -- <service> show|discard <id>)',
    );
  }

  private unblock(): void {
    if (this.blocked)
      this.options.logger.info({ outboxId: this.blocked.id, schema: this.options.schema }, 'outbox relay goes on past the row it was stopped at');
    this.blocked = undefined;
    this.isolating = false;
  }

  /** The next rows safe to publish in order: committed, and older than every running transaction. */
  private nextBatch(runner: QueryRunner, afterId: string, limit: number): Promise<OutboxRow[]> {
    return runner.query(
      `SELECT id, topic, message_key, headers, payload::text AS payload FROM ${this.table}
        WHERE published_at IS NULL AND id > $3
          AND (txid < pg_snapshot_xmin(pg_current_snapshot()) OR created_at < now() - make_interval(secs => $2))
        ORDER BY id LIMIT $1`,
      [limit, this.options.horizonGraceSeconds ?? 10, afterId],
    );
  }

  private async run(): Promise<void> {
    let backoffMs = 0;
    while (this.running) {
      try {
        const published = await this.drainOnce();
        backoffMs = 0;
        if (published >= this.batchSize || (this.isolating && published > 0)) continue;
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

/**
 * A span per batch sent to Kafka (OpenTelemetry; a no-op without a tracer provider), linked to the
 * span of each event in it: the request that committed it, or the consumed event that did.
 */
async function traced(rows: OutboxRow[], send: () => Promise<void>): Promise<void> {
  const links = rows.flatMap((row) => {
    const span = remoteSpanOf(row.headers?.traceparent);
    return span ? [{ context: span }] : [];
  });
  const topics = [...new Set(rows.map((r) => r.topic))];
  const span = trace.getTracer('civic-messaging').startSpan('outbox publish', {
    kind: SpanKind.PRODUCER,
    links,
    attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topics.join(','), 'messaging.batch.message_count': rows.length },
  });
  try {
    await send();
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
    throw error;
  } finally {
    span.end();
  }
}
