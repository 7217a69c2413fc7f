import type { Subscription } from '@civic/messaging';

/**
 * A provider that consumes integration events. Each becomes one Kafka consumer group
 * `<service>.<consumerName>`; the platform starts and stops it with the service.
 */
export interface EventSubscriber {
  readonly consumerName: string;
  subscriptions(): Subscription[];
}
