import { EventConsumer, KafkaGateway, OutboxRelay } from '@civic/messaging';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG, SERVICE_DEFINITION } from '../tokens';
import type { ServiceDefinition } from '../service-definition';
import { messagingLogger } from './messaging-logger';

/** Starts the outbox relay and the event consumers after boot; stops them in order on shutdown. */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly consumers: EventConsumer[] = [];
  private readonly logger = new Logger('Messaging');

  constructor(
    readonly gateway: KafkaGateway,
    readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    for (const type of this.definition.subscribers ?? []) {
      const subscriber = this.moduleRef.get(type, { strict: false });
      const consumer = new EventConsumer({
        gateway: this.gateway,
        dataSource: this.dataSource,
        schema: this.definition.schema,
        service: this.config.service,
        name: subscriber.consumerName,
        subscriptions: subscriber.subscriptions(),
        logger: messagingLogger(this.logger),
      });
      consumer.start();
      this.consumers.push(consumer);
    }
    const produced = [...new Set((this.definition.produces ?? []).map((c) => c.topic))];
    if (produced.length) {
      this.gateway.ensureTopics(produced).catch((e) => this.logger.warn(`cannot create topics yet: ${String(e)}`));
    }
  }

  /** Consumers first (no new effects), then a last relay drain, then the producer. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.consumers.map((c) => c.stop()));
    await this.relay.stop().catch(() => undefined);
    await this.gateway.close();
  }
}
