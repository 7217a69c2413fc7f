import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/permission.decorator';
import { TokenVerifier } from '../auth/token-verifier';
import { eventsDocument } from '../messaging/events-document';
import { MessagingRuntime } from '../messaging/messaging-runtime';
import { PlatformMetrics } from '../metrics/metrics';
import type { ServiceDefinition } from '../service-definition';
import { SERVICE_DEFINITION } from '../tokens';

/** Health, metrics and the AsyncAPI document: operational routes outside /api, without a token. */
@ApiExcludeController()
@Public()
@Controller()
export class OperationsController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly messaging: MessagingRuntime,
    private readonly metrics: PlatformMetrics,
    private readonly tokens: TokenVerifier,
    private readonly modules: ModulesContainer,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready while the database answers. Kafka's state is reported in the details but does not make
   * the service unready: the outbox rides out a broker outage, and taking every replica out of
   * rotation would turn a broker outage into a platform outage. The identity provider likewise:
   * tokens already verified keep working, and an operator sees it down in the details.
   */
  @Get('health/ready')
  @HealthCheck()
  async ready() {
    const result = await this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
    const pending = await this.messaging.relay.pending().catch(() => undefined);
    const broker = this.messaging.gateway.statusNow();
    return {
      ...result,
      details: {
        ...result.details,
        kafka: {
          status: broker.state === 'up' ? 'up' : 'down',
          state: broker.state,
          lastSuccessAt: broker.lastSuccessAt,
          lastError: broker.lastError,
          lastErrorAt: broker.lastErrorAt,
          outboxPending: pending?.count,
          outboxOldestPendingAgeSeconds: pending?.oldestAgeSeconds,
          // A row Kafka refuses for good: the relay stops at it until an operator decides.
          outboxBlockedBy: this.messaging.relay.blockage() ?? null,
        },
        identityProvider: this.tokens.identityProvider(),
      },
    };
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }

  @Get('asyncapi')
  asyncapi() {
    return eventsDocument(this.modules, this.definition);
  }
}
