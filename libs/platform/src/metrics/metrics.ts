import { deadLetterTopicOf } from '@civic/contracts';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { MessagingRuntime } from '../messaging/messaging-runtime';

/** One Prometheus registry per service instance (tests run several in one process). */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** 401 and 403 answers, by route and calling system: a rising count is someone probing. */
  readonly refusedRequests: Counter<'method' | 'route' | 'status' | 'system'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_server_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.refusedRequests = new Counter({
      name: 'http_refused_requests_total',
      help: 'Requests refused for want of a valid token (401) or permission or district (403)',
      labelNames: ['method', 'route', 'status', 'system'],
      registers: [this.registry],
    });
  }

  /** Outbox and consumer figures, read at scrape time. */
  watchMessaging(runtime: MessagingRuntime): void {
    const registry = this.registry;
    // Both from one read at scrape time: the second gauge's collect waits for the first's.
    let pending: Promise<{ count: number; oldestAgeSeconds: number }> | undefined;
    new Gauge({
      name: 'outbox_pending_events',
      help: 'Committed events not yet published to Kafka',
      registers: [registry],
      async collect() {
        pending = runtime.relay.pending();
        this.set(await pending.then((p) => p.count).catch(() => -1));
      },
    });
    new Gauge({
      name: 'outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest event not yet published (0 when none waits)',
      registers: [registry],
      async collect() {
        this.set(await (pending ?? runtime.relay.pending()).then((p) => p.oldestAgeSeconds).catch(() => -1));
      },
    });
    new Gauge({
      name: 'outbox_relay_blocked',
      help: '1 while the relay is stopped at an outbox row Kafka refuses for good (the row id in the label)',
      labelNames: ['outbox_id'],
      registers: [registry],
      collect() {
        this.reset();
        const blocked = runtime.relay.blockage();
        if (blocked) this.set({ outbox_id: blocked.id }, 1);
        else this.set({ outbox_id: '' }, 0);
      },
    });
    new Counter({
      name: 'outbox_published_events_total',
      help: 'Events the relay of this instance published',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(runtime.relay.counters.published);
      },
    });
    new Gauge({
      name: 'kafka_broker_up',
      help: '1 when the last Kafka call succeeded',
      registers: [registry],
      collect() {
        this.set(runtime.gateway.brokerStatus().state === 'up' ? 1 : 0);
      },
    });
    // The DLQs of what this service consumes, read from the broker at most every 30 s (a scrape stays cheap).
    let dlqSizes: { at: number; sizes: Promise<Map<string, number>> } | undefined;
    new Gauge({
      name: 'dlq_events',
      help: 'Events parked on the dead-letter topics of what this service consumes (all consumers of the topic)',
      labelNames: ['topic'],
      registers: [registry],
      async collect() {
        const topics = [...new Set(runtime.consumes.map((c) => deadLetterTopicOf(c.topic)))];
        if (!topics.length) return;
        if (!dlqSizes || Date.now() - dlqSizes.at > 30_000) dlqSizes = { at: Date.now(), sizes: runtime.gateway.topicSizes(topics) };
        const sizes = await dlqSizes.sizes.catch(() => undefined);
        if (!sizes) dlqSizes = undefined;
        for (const topic of topics) this.set({ topic }, sizes?.get(topic) ?? -1);
      },
    });
    // Each consumer group's lag on its topics, read from the broker at most every 30 s.
    let lags: { at: number; values: Promise<Array<[string, number]>> } | undefined;
    new Gauge({
      name: 'event_consumer_lag',
      help: 'Events on the topics a consumer group reads that it has not committed yet (all replicas of the group)',
      labelNames: ['consumer'],
      registers: [registry],
      async collect() {
        if (!runtime.consumers.length) return;
        if (!lags || Date.now() - lags.at > 30_000)
          lags = {
            at: Date.now(),
            values: Promise.all(runtime.consumers.map(async (c) => [c.groupId, await runtime.gateway.consumerLag(c.groupId, c.topics)] as [string, number])),
          };
        const values = await lags.values.catch(() => undefined);
        if (!values) lags = undefined;
        for (const consumer of runtime.consumers) this.set({ consumer: consumer.groupId }, values?.find(([group]) => group === consumer.groupId)?.[1] ?? -1);
      },
    });
    new Gauge({
      name: 'event_consumer_events',
      help: 'Events seen by consumers of this instance, by outcome',
      labelNames: ['consumer', 'outcome'],
      registers: [registry],
      collect() {
        for (const consumer of runtime.consumers) {
          for (const [outcome, n] of Object.entries(consumer.counters)) this.set({ consumer: consumer.groupId, outcome }, n);
        }
      },
    });
  }
}
