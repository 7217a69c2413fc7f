import { ALL_EVENT_CONTRACTS, EventContract } from '@civic/contracts';
import { EventConsumer, KafkaGateway, OutboxRelay } from '@civic/messaging';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit, Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config/service-config';
import type { ServiceDefinition } from '../service-definition';
import { SERVICE_CONFIG, SERVICE_DEFINITION } from '../tokens';
import { InboxTransport } from './inbox-transport';
import { messagingLogger } from './messaging-logger';
import { consumedContracts } from './on-event.decorator';

/**
 * Starts the outbox relay after boot and owns the inbox transport whose consumers Nest starts
 * with the microservice; stops both in order on shutdown.
 */
@Injectable()
export class MessagingRuntime implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  /** The consumer groups of this instance, once the inbox transport listens. */
  readonly consumers: EventConsumer[] = [];
  /** What the service's `@OnEvent` handlers consume (derived, never listed by hand). */
  consumes: EventContract[] = [];
  private readonly logger = new Logger('Messaging');

  constructor(
    readonly gateway: KafkaGateway,
    readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
  ) {}

  onModuleInit(): void {
    this.consumes = consumedContracts(this.discovery.getControllers().map((w) => w.metatype as Type));
    for (const contract of this.consumes) {
      if (!ALL_EVENT_CONTRACTS.includes(contract)) throw new Error(`${contract.type} is not registered in libs/contracts`);
    }
  }

  /** The transport Nest runs the `@OnEvent` handlers on (see `connectConsumers`). */
  transport(): InboxTransport {
    return new InboxTransport({
      gateway: this.gateway,
      dataSource: this.dataSource,
      schema: this.definition.schema,
      // Consumer groups are `<service>.<prefix><consumer>`.
      service: this.config.service,
      groupPrefix: this.config.kafkaConsumerGroupPrefix,
      logger: messagingLogger(this.logger),
      onConsumer: (consumer) => this.consumers.push(consumer),
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
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
