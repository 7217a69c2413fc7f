import { CloudEvent, EventConsumer, KafkaGateway, MessagingLogger, Subscription } from '@civic/messaging';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { InboxContext } from './inbox-context';
import type { OnEventExtras } from './on-event.decorator';

export interface InboxTransportOptions {
  gateway: KafkaGateway;
  dataSource: DataSource;
  schema: string;
  service: string;
  /** Put before each consumer's name: groups are `<service>.<groupPrefix><consumer>`. */
  groupPrefix?: string;
  logger: MessagingLogger;
  /** Told of each consumer as it starts (the messaging runtime stops them, metrics count them). */
  onConsumer?: (consumer: EventConsumer) => void;
}

/**
 * Nest's extension point for transports, over our own consumer: one `EventConsumer` per consumer
 * group declared with `@EventConsumerGroup`. Nest's Kafka transport is not used because it blocks
 * a partition forever on a failing message and has no dead-letter topic; `EventConsumer` keeps the
 * batch inbox transaction, per-event retries and the DLQ, and calls the Nest handler for each event.
 */
export class InboxTransport extends Server implements CustomTransportStrategy {
  readonly consumers: EventConsumer[] = [];

  constructor(private readonly options: InboxTransportOptions) {
    super();
  }

  listen(callback: () => void): void {
    const groups = new Map<string, Subscription[]>();
    for (const handler of this.messageHandlers.values()) {
      const extras = handler.extras as OnEventExtras | undefined;
      if (!extras?.contract) continue;
      const name = `${this.options.groupPrefix ?? ''}${extras.consumer}`;
      const group = `${this.options.service}.${name}`;
      const subscriptions = groups.get(name) ?? [];
      const run = (events: CloudEvent[], tx: EntityManager) => invoke(handler, new InboxContext([events[0], tx, group, events]), extras.batch);
      subscriptions.push({ contract: extras.contract, handle: (event, tx) => run([event], tx), ...(extras.batch ? { handleBatch: run } : {}) });
      groups.set(name, subscriptions);
    }
    for (const [name, subscriptions] of groups) {
      const consumer = new EventConsumer({ ...this.options, name, subscriptions });
      this.options.onConsumer?.(consumer);
      this.consumers.push(consumer);
      consumer.start();
    }
    callback();
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.consumers.map((c) => c.stop()));
  }

  on(): void {
    throw new Error('the inbox transport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }
}

/** Runs the Nest handler (guards, interceptors, filters and all) and surfaces its real error; a batch handler takes its events' data as a list. */
async function invoke(handler: MessageHandler, context: InboxContext, batch: boolean): Promise<void> {
  const result: unknown = await handler(batch ? context.events.map((e) => e.data) : context.event.data, context);
  if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
}
