import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { MessagingRuntime } from '../messaging/messaging-runtime';

/** One Prometheus registry per service instance (tests run several in one process). */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

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
  }

  /** Outbox and consumer figures, read at scrape time. */
  watchMessaging(runtime: MessagingRuntime): void {
    const registry = this.registry;
    new Gauge({
      name: 'outbox_pending_events',
      help: 'Committed events not yet published to Kafka',
      registers: [registry],
      async collect() {
        this.set(await runtime.relay.pendingCount().catch(() => -1));
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
