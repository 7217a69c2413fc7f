import { JobLease } from './jobs/job-lease';
import { ALL_EVENT_CONTRACTS, eventSourceOf } from '@civic/contracts';
import { maskCitizenId, systemClock } from '@civic/domain-kernel';
import { KafkaGateway, OutboxRelay, OutboxWriter, traceIdOf } from '@civic/messaging';
import { DynamicModule, Global, Logger, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuditController } from './audit/audit.controller';
import { AuthGuard } from './auth/auth.guard';
import { DistrictScopeGuard } from './auth/district-scope.guard';
import { RouteDeclarationsCheck } from './auth/route-declarations';
import { TokenVerifier } from './auth/token-verifier';
import { loadServiceConfig, ServiceConfig } from './config/service-config';
import { RequestContextMiddleware, requestIdFrom, traceparentOf } from './context/request-context.middleware';
import { OperationsController } from './health/operations.controller';
import { ETagInterceptor } from './http/etag.interceptor';
import { ProblemFilter } from './http/problem.filter';
import { platformValidationPipe } from './http/validation.pipe';
import { EventPublisher } from './messaging/event-publisher';
import { messagingLogger } from './messaging/messaging-logger';
import { InboxTransactionInterceptor } from './messaging/inbox.interceptor';
import { MessagingRuntime } from './messaging/messaging-runtime';
import { PlatformMetrics } from './metrics/metrics';
import { CommandInterceptor } from './pipeline/command.interceptor';
import { ensureSchema } from './persistence/ensure-schema';
import { serviceDataSourceOptions } from './persistence/service-data-source';
import { IdempotencyKeyPurge } from './persistence/idempotency-key-purge';
import { CallerThrottlerGuard } from './http/caller-throttler.guard';
import { ThrottlerModule } from '@nestjs/throttler';
import { PersonalDataReadAudit } from './audit/personal-data-read.interceptor';
import { MigrationRunner } from './persistence/migration-runner';
import { UnitOfWork } from './persistence/unit-of-work';
import type { ServiceDefinition } from './service-definition';
import { CLOCK, SERVICE_CONFIG, SERVICE_DEFINITION } from './tokens';
import { SandboxClock } from './clock/sandbox-clock';

@Global()
@Module({})
class PlatformCoreModule {}

/**
 * Citizen ID numbers are personal data: every log line is masked after serialisation, so no field,
 * message or URL can carry one out, whatever logged it.
 */
const maskedStdout = { write: (line: string) => process.stdout.write(maskCitizenId(line)) };

/**
 * Everything a service has in common: config, logging, database, auth, validation, errors,
 * command pipeline, messaging, health and metrics. A service module imports this once.
 */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  static forService(definition: ServiceDefinition): DynamicModule {
    for (const contract of definition.produces ?? []) {
      if (!ALL_EVENT_CONTRACTS.includes(contract)) throw new Error(`${contract.type} is not registered in libs/contracts`);
    }
    const core: DynamicModule = {
      module: PlatformCoreModule,
      global: true,
      providers: [
        { provide: SERVICE_CONFIG, useFactory: () => loadServiceConfig(definition.name, definition.defaultPort) },
        { provide: SERVICE_DEFINITION, useValue: definition },
        // Real time, or in a training sandbox the clock npm start shares among its services.
        {
          provide: CLOCK,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => (config.clockFile ? new SandboxClock(config.clockFile) : systemClock),
        },
      ],
      exports: [SERVICE_CONFIG, SERVICE_DEFINITION, CLOCK],
    };
    return {
      module: PlatformModule,
      imports: [
        core,
        LoggerModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => ({
            pinoHttp: [
              {
                level: config.logLevel,
                base: { service: config.service },
                genReqId: (req) => requestIdFrom(req.headers),
                // The same trace id as the events this request commits and their consumers' logs.
                customProps: (req) => ({ traceId: traceIdOf(traceparentOf(req)) }),
                redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
                autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
              },
              maskedStdout,
            ],
          }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: async (config: ServiceConfig) => {
            await ensureSchema(config.databaseOwnerUrl ?? config.databaseUrl, definition.schema);
            return serviceDataSourceOptions(definition, config);
          },
        }),
        TerminusModule,
        DiscoveryModule,
        ThrottlerModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => ({
            // Named `default` so the answer's header is plain Retry-After.
            throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
            skipIf: () => config.rateLimitPerMinute === 0,
          }),
        }),
      ],
      controllers: [OperationsController, AuditController],
      providers: [
        UnitOfWork,
        JobLease,
        MigrationRunner,
        IdempotencyKeyPurge,
        EventPublisher,
        { provide: TokenVerifier, inject: [SERVICE_CONFIG], useFactory: (config: ServiceConfig) => new TokenVerifier(config) },
        { provide: PlatformMetrics, useFactory: () => new PlatformMetrics(definition.name) },
        {
          provide: KafkaGateway,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) =>
            new KafkaGateway(
              `civic-${config.service}`,
              config.kafkaBrokers,
              messagingLogger(new Logger('Kafka')),
              {
                partitions: config.kafkaTopicPartitions,
                replicationFactor: config.kafkaTopicReplicationFactor,
              },
              config.kafkaSecurity,
            ),
        },
        { provide: OutboxWriter, useFactory: () => new OutboxWriter(definition.schema, eventSourceOf(definition.name)) },
        {
          provide: OutboxRelay,
          inject: [DataSource, KafkaGateway, SERVICE_CONFIG],
          useFactory: (dataSource: DataSource, gateway: KafkaGateway, config: ServiceConfig) =>
            new OutboxRelay({
              dataSource,
              databaseUrl: config.databaseUrl,
              schema: definition.schema,
              gateway,
              batchSize: config.relayBatchSize,
              logger: messagingLogger(new Logger('OutboxRelay')),
            }),
        },
        MessagingRuntime,
        RouteDeclarationsCheck,
        { provide: APP_GUARD, useClass: AuthGuard },
        // Once the caller is known, before any lookup the district rules make.
        { provide: APP_GUARD, useClass: CallerThrottlerGuard },
        // After authentication: the actor is known.
        { provide: APP_GUARD, useClass: DistrictScopeGuard },
        { provide: APP_INTERCEPTOR, useClass: CommandInterceptor },
        { provide: APP_INTERCEPTOR, useClass: InboxTransactionInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ETagInterceptor },
        { provide: APP_INTERCEPTOR, useClass: PersonalDataReadAudit },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: platformValidationPipe },
      ],
      exports: [UnitOfWork, EventPublisher, KafkaGateway, MessagingRuntime, PlatformMetrics, JobLease],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
