import { deadLetterTopicOf, EventContract, eventDataErrors, eventSourceOf } from '@civic/contracts';
import { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent, cloudEventFromKafka } from '../cloud-event';
import { KafkaGateway, MessagingLogger } from '../kafka/kafka-gateway';
import { quoteIdent } from '../schema-sql';
import { isTransientFailure } from './transient-failure';

/** Applies one event inside the transaction that also records it in the inbox. */
export type EventHandler<TData = any> = (event: CloudEvent<TData>, tx: EntityManager) => Promise<void>;

export interface Subscription<TData = any> {
  contract: EventContract<TData>;
  handle: EventHandler<TData>;
  /**
   * Applies a run of consecutive events of this type at once (set-wise), in the batch's inbox
   * transaction; events keep their order. Without it, or when a batch fails and is retried one event
   * at a time, `handle` takes each event.
   */
  handleBatch?: (events: CloudEvent<TData>[], tx: EntityManager) => Promise<void>;
}

export interface EventConsumerOptions {
  gateway: KafkaGateway;
  dataSource: DataSource;
  schema: string;
  /** Consumer group `<service>.<name>`; also the inbox's consumer column. */
  service: string;
  name: string;
  subscriptions: Subscription[];
  logger: MessagingLogger;
  /** Attempts before an event failing permanently (a rule, a constraint) is parked on the DLQ. */
  attempts?: number;
  initialBackoffMs?: number;
  /** Longest wait between retries of a transient failure (database away), retried for as long as it lasts. */
  maxBackoffMs?: number;
}

interface Prepared {
  message: KafkaMessage;
  event: CloudEvent;
  subscription: Subscription;
}

export interface ConsumerCounters {
  processed: number;
  duplicates: number;
  deadLettered: number;
  retried: number;
}

/**
 * Consumes integration events effectively once: at-least-once delivery from Kafka, deduplicated by
 * an inbox row written in the same transaction as the handler's effect. A failing event is retried
 * with backoff; one that keeps failing permanently (a rule, a constraint) is then parked on
 * `<topic>.dlq` with the error, so the partition keeps moving; an event that breaks its schema or
 * comes from the wrong producer goes to the DLQ at once. A transient failure (the database away, a
 * deadlock, a timeout) is nobody's verdict on the event: it is retried for as long as it lasts,
 * the offset uncommitted, and never parked.
 */
export class EventConsumer {
  readonly counters: ConsumerCounters = { processed: 0, duplicates: 0, deadLettered: 0, retried: 0 };
  private consumer?: Consumer;
  private running = false;
  private starting?: Promise<void>;
  private joined = false;
  private readonly handlers = new Map<string, Subscription>();
  /** Kafka consumer group, `<service>.<name>`; also the inbox's consumer column. */
  readonly groupId: string;
  private readonly inbox: string;

  constructor(private readonly options: EventConsumerOptions) {
    for (const s of options.subscriptions) this.handlers.set(s.contract.type, s);
    this.groupId = `${options.service}.${options.name}`;
    this.inbox = `${quoteIdent(options.schema)}.inbox`;
  }

  /** True once the consumer has joined its group and been given partitions. */
  get hasJoinedGroup(): boolean {
    return this.joined;
  }

  get topics(): string[] {
    return [...new Set(this.options.subscriptions.map((s) => s.contract.topic))];
  }

  /** Starts in the background; keeps trying while the broker is unreachable. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.starting = this.connectUntilRunning();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.starting;
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
  }

  private async connectUntilRunning(): Promise<void> {
    let backoffMs = 500;
    while (this.running) {
      let consumer: Consumer | undefined;
      try {
        await this.options.gateway.ensureTopics([...this.topics, ...this.topics.map(deadLetterTopicOf)]);
        consumer = this.options.gateway.consumer({
          groupId: this.groupId,
          // A member that vanished without leaving (a killed process, a stop mid-join) holds up the
          // group's next rebalance until its session times out: keep that short.
          sessionTimeout: 10_000,
          heartbeatInterval: 2_000,
          retry: { retries: 5, initialRetryTime: 300 },
        });
        consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
        // Held before connecting: a crash can come while `run` is still joining the group (a fresh
        // broker has no group coordinator yet), and must then restart this consumer, not be lost.
        this.consumer = consumer;
        consumer.on(consumer.events.CRASH, (e) => {
          this.options.logger.warn({ err: String(e.payload.error), group: this.groupId }, 'consumer crashed');
          if (!e.payload.restart && this.running && this.consumer === consumer) {
            this.consumer = undefined;
            this.joined = false;
            void consumer?.disconnect().catch(() => undefined);
            this.starting = this.connectUntilRunning();
          }
        });
        await consumer.connect();
        await consumer.subscribe({ topics: this.topics, fromBeginning: true });
        await consumer.run({ autoCommit: true, partitionsConsumedConcurrently: 3, eachBatchAutoResolve: false, eachBatch: (p) => this.onBatch(p) });
        if (this.consumer !== consumer) return; // crashed while starting; a new attempt is under way
        if (!this.running) await consumer.disconnect();
        this.options.logger.info({ group: this.groupId, topics: this.topics }, 'consumer running');
        return;
      } catch (error) {
        if (consumer && this.consumer === consumer) {
          this.consumer = undefined;
          void consumer.disconnect().catch(() => undefined);
        } else if (consumer) return; // crashed meanwhile; a new attempt is under way
        this.options.gateway.markDown(error);
        this.options.logger.warn({ err: String(error), group: this.groupId, retryInMs: backoffMs }, 'consumer cannot start yet');
        await new Promise((r) => setTimeout(r, backoffMs));
        backoffMs = Math.min(backoffMs * 2, 10_000);
      }
    }
  }

  /**
   * The fast path: a whole fetched batch in one transaction (one inbox insert for all, then the
   * handlers in order). If anything in it fails, the batch is rolled back and taken one event at
   * a time, with retries and the DLQ, so one bad event costs only itself.
   */
  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const prepared = batch.messages.map((message) => ({ message, ...this.prepare(message) }));
    if (prepared.every((p) => !p.problem)) {
      try {
        const { applied, duplicates } = await this.applyBatch(prepared.filter((p) => p.event && p.subscription) as Prepared[]);
        this.counters.processed += applied;
        this.counters.duplicates += duplicates;
        if (prepared.length) resolveOffset(prepared[prepared.length - 1].message.offset);
        await heartbeat();
        return;
      } catch {
        // fall through to one at a time
      }
    }
    for (const { message } of prepared) {
      if (!isRunning() || isStale()) return;
      const settled = await this.applyOneByOne(batch.topic, batch.partition, message, heartbeat, () => isRunning() && !isStale());
      if (!settled) return; // stopping during a transient failure: the event comes again, offset uncommitted
      resolveOffset(message.offset);
      await heartbeat();
    }
  }

  private prepare(message: KafkaMessage): { event?: CloudEvent; subscription?: Subscription; problem?: string } {
    let event: CloudEvent;
    try {
      event = cloudEventFromKafka(message.headers, message.value);
    } catch (error) {
      return { problem: `malformed event: ${String(error)}` };
    }
    const subscription = this.handlers.get(event.type);
    if (!subscription) return {};
    // A type is believed only from the service its contract names (with broker ACLs, only it can write there).
    const expected = eventSourceOf(subscription.contract.producer);
    if (event.source !== expected) return { problem: `unexpected source: ${event.type} comes from ${expected}, not "${event.source}"` };
    const errors = eventDataErrors(event.type, event.data);
    if (errors.length) return { problem: `schema violation: ${errors.join('; ')}` };
    return { event, subscription };
  }

  private async applyBatch(items: Prepared[]): Promise<{ applied: number; duplicates: number }> {
    if (items.length === 0) return { applied: 0, duplicates: 0 };
    return this.options.dataSource.transaction(async (tx) => {
      const inserted: { event_id: string }[] = await tx.query(
        `INSERT INTO ${this.inbox} (event_id, consumer, event_type)
         SELECT id, $2, type FROM unnest($1::uuid[], $3::text[]) AS e(id, type)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [items.map((i) => i.event.id), this.groupId, items.map((i) => i.event.type)],
      );
      const fresh = new Set(inserted.map((r) => r.event_id));
      // Seen before, or earlier in this batch: skipped.
      const toApply = items.filter((item) => fresh.delete(item.event.id));
      for (let i = 0; i < toApply.length;) {
        const { subscription } = toApply[i];
        if (!subscription.handleBatch) {
          await subscription.handle(toApply[i++].event, tx);
          continue;
        }
        let end = i + 1;
        while (end < toApply.length && toApply[end].subscription === subscription) end++;
        await subscription.handleBatch(
          toApply.slice(i, end).map((item) => item.event),
          tx,
        );
        i = end;
      }
      const applied = toApply.length;
      return { applied, duplicates: items.length - applied };
    });
  }

  /**
   * The slow path: one event, retried with backoff. A permanent failure is parked on the DLQ after
   * the attempts; a transient one is retried while the consumer runs. False when it stopped first.
   */
  private async applyOneByOne(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    stillOurs: () => boolean,
  ): Promise<boolean> {
    const { event, subscription, problem } = this.prepare(message);
    if (problem) {
      await this.deadLetter(topic, partition, message, problem);
      return true;
    }
    if (!event || !subscription) return true; // another consumer's event on a shared topic, or a newer type
    const attempts = this.options.attempts ?? 4;
    const initialBackoffMs = this.options.initialBackoffMs ?? 200;
    const maxBackoffMs = this.options.maxBackoffMs ?? 5_000;
    let permanentFailures = 0;
    let lastError: unknown;
    for (let retry = 0; ; retry++) {
      try {
        const applied = await this.applyOnce(event, subscription);
        if (applied) this.counters.processed += 1;
        else this.counters.duplicates += 1;
        return true;
      } catch (error) {
        lastError = error;
        const transient = isTransientFailure(error);
        if (!transient && ++permanentFailures >= attempts) break;
        if (transient && retry % 10 === 0)
          this.options.logger.warn({ err: String(error), eventId: event.id, group: this.groupId, retry }, 'transient failure; retrying until it passes');
        this.counters.retried += 1;
        await new Promise((r) => setTimeout(r, Math.min(initialBackoffMs * 2 ** Math.min(retry, 16), maxBackoffMs)));
        if (!stillOurs()) return false;
        await heartbeat();
      }
    }
    this.options.logger.error({ err: String(lastError), eventId: event.id, type: event.type, group: this.groupId }, 'event failed; parked on the DLQ');
    await this.deadLetter(topic, partition, message, String(lastError));
    return true;
  }

  /** True when the handler ran; false when the inbox shows the event was already applied. */
  private async applyOnce(event: CloudEvent, subscription: Subscription): Promise<boolean> {
    return this.options.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO ${this.inbox} (event_id, consumer, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
        [event.id, this.groupId, event.type],
      );
      if (inserted.length === 0) return false;
      await subscription.handle(event, tx);
      return true;
    });
  }

  /** If the DLQ cannot be written the error propagates: the offset is not committed and the event comes again. */
  private async deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string): Promise<void> {
    await this.options.gateway.sendBatch([
      {
        topic: deadLetterTopicOf(topic),
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: {
              ...message.headers,
              dlq_error: reason.slice(0, 2000),
              dlq_original_topic: topic,
              dlq_original_partition: String(partition),
              dlq_original_offset: message.offset,
              dlq_consumer: this.groupId,
              dlq_failed_at: new Date().toISOString(),
            },
          },
        ],
      },
    ]);
    this.counters.deadLettered += 1;
  }
}
