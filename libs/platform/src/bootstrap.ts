import { Logger as NestLogger, Type } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadServiceConfig, ServiceConfig } from './config/service-config';
import { connectConsumers } from './messaging/connect-consumers';
import { controllersOf } from './messaging/events-document';
import { MessagingRuntime } from './messaging/messaging-runtime';
import { PlatformMetrics } from './metrics/metrics';
import { recordAllowedMethods } from './http/allowed-methods';
import { withPlatformConventions } from './http/openapi-conventions';
import { withRouteDeclarations } from './http/openapi-permissions';
import { withCreateThenReadLinks } from './http/openapi-links';
import { withValidationRules } from './http/validation-schema';
import { DEFAULT_CSV_LIMITS, readCsvUpload } from './http/csv-upload';
import { FieldProblem, ProblemDetails } from './http/problem';
import type { ServiceDefinition } from './service-definition';
import { SERVICE_CONFIG } from './tokens';
import { requestIdFrom } from './context/request-context.middleware';
import { hideManagementPaths, serveManagement } from './health/management-server';
import { migrateOnly } from './persistence/migrate-only';
import { startTelemetry, Telemetry } from './telemetry/start-telemetry';

/** The OpenAPI document of a service, as served at /docs-json and committed as openapi.json. */
export function openApiDocument(app: NestFastifyApplication, definition: ServiceDefinition): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(definition.title)
    .setDescription(
      `${definition.description}\n\nErrors are application/problem+json (RFC 9457). Every /api route needs a bearer JWT; ` +
        `roles are <service>:<permission>. Events: see /asyncapi.`,
    )
    .setVersion(definition.version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const controllers = controllersOf(app.get(ModulesContainer));
  const document = withValidationRules(
    SwaggerModule.createDocument(app, config, {
      operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
      extraModels: [ProblemDetails, FieldProblem],
    }),
    controllers,
  );
  return withCreateThenReadLinks(withPlatformConventions(withRouteDeclarations(document, controllers, definition.name)));
}

/** The HTTP adapter every service runs on. */
export function serviceHttpAdapter(): FastifyAdapter {
  // The request's id is the caller's x-request-id when sane (else a fresh one), the same in the
  // access log, problem answers, audit rows and the events it causes (ce_requestid).
  return new FastifyAdapter({
    bodyLimit: 1_048_576,
    // Long path parameters reach the routes' pipes and are refused there as 400 naming them (Fastify's default, 100, answers 414).
    routerOptions: { maxParamLength: 1000 },
    trustProxy: true,
    return503OnClosing: true,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => requestIdFrom(request.headers),
  });
}

/** Builds the service's Nest application on Fastify with docs, metrics and request hooks; does not listen. */
export async function createServiceApp(
  module: Type,
  definition: ServiceDefinition,
  options: { preview?: boolean; /** Serve the Swagger UI pages (not only /docs-json). */ docsUi?: boolean } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module, serviceHttpAdapter(), {
    bufferLogs: true,
    preview: options.preview,
    abortOnError: false,
  });
  if (options.preview) return app;
  connectConsumers(app);
  return configureServiceApp(app, definition, options);
}

/** What every service app gets on top of Nest: logging, metrics, CSV bodies, Swagger. */
export function configureServiceApp(app: NestFastifyApplication, definition: ServiceDefinition, options: { docsUi?: boolean } = {}): NestFastifyApplication {
  app.useLogger(app.get(Logger));
  app.flushLogs();
  if (app.get<ServiceConfig>(SERVICE_CONFIG).managementPort) hideManagementPaths(app);
  const metrics = app.get(PlatformMetrics);
  metrics.watchMessaging(app.get(MessagingRuntime));
  const fastify = app.getHttpAdapter().getInstance();
  recordAllowedMethods(fastify);
  const refusals = new NestLogger('AccessRefused');
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    // Refused attempts are counted and logged with the caller, so probing shows on a dashboard.
    if (reply.statusCode === 401 || reply.statusCode === 403) {
      const actor = (request as { actor?: { subject: string; system: string } }).actor;
      metrics.refusedRequests.inc({ method: request.method, route, status: String(reply.statusCode), system: actor?.system ?? 'anonymous' });
      refusals.warn({
        msg: 'request refused',
        status: reply.statusCode,
        method: request.method,
        route,
        subject: actor?.subject ?? null,
        system: actor?.system ?? null,
        ip: request.ip,
      });
    }
  });
  // Bulk imports upload text/csv as the body; it is parsed as it streams in, limits enforced while
  // reading, and the route gets a CsvUpload.
  const csvLimits = { ...DEFAULT_CSV_LIMITS, ...definition.csvUploads };
  const refusedUploads = new WeakSet<object>();
  fastify.addContentTypeParser('text/csv', (request, payload, done) => {
    readCsvUpload(payload, csvLimits).then(
      (upload) => done(null, upload),
      (error: Error) => {
        refusedUploads.add(request.raw);
        done(error, undefined);
      },
    );
  });
  // A refused upload may still be arriving (an endless one too): once the refusal is sent, close the connection.
  fastify.addHook('onResponse', async (request) => {
    if (refusedUploads.has(request.raw)) request.raw.destroy();
  });
  SwaggerModule.setup('docs', app, () => openApiDocument(app, definition), {
    ui: options.docsUi ?? true,
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
  return app;
}

/**
 * The whole of a service's main.ts: validate config (a bad setting stops the process naming it),
 * build, migrate, listen (or, with `--migrate-only`, migrate and exit: the deployment's migration job), and shut down gracefully on SIGTERM/SIGINT: stop taking requests, let
 * in-flight ones finish, stop consumers, flush the relay, close the database.
 */
export async function bootstrapService(module: Type, definition: ServiceDefinition): Promise<void> {
  try {
    loadServiceConfig(definition.name, definition.defaultPort); // fail fast, before Nest logs anything
  } catch (error) {
    process.stderr.write(`${definition.name}: ${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  if (process.argv.includes('--migrate-only')) {
    try {
      const applied = await migrateOnly(definition, process.env, (line) => process.stdout.write(`${definition.name}: ${line}\n`));
      process.stdout.write(`${definition.name}: migrations up to date (${applied.length} applied now)\n`);
      process.exit(0);
    } catch (error) {
      process.stderr.write(`${definition.name}: migration failed: ${String((error as Error)?.stack ?? error)}\n`);
      process.exit(1);
    }
  }
  let telemetry: Telemetry | undefined;
  let app: NestFastifyApplication;
  try {
    // Before the app is built: the Postgres instrumentation patches the driver as TypeORM loads it.
    telemetry = startTelemetry(definition.name);
    app = await createServiceApp(module, definition);
    telemetry?.exportMetrics(app.get(PlatformMetrics).registry);
  } catch (error) {
    const cause = findConfigError(error);
    process.stderr.write(`${definition.name}: ${cause ? cause.message : String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  }
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  await app.startAllMicroservices();
  await app.listen(config.port, config.host);
  const management = config.managementPort ? await serveManagement(app, config.managementPort, config.host) : undefined;
  const logger = app.get(Logger);
  logger.log(
    `${definition.name} listening on ${config.port}: Swagger UI at /docs, AsyncAPI at /asyncapi` +
      (config.managementPort ? `; health and metrics on ${config.managementPort}` : ''),
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    const forced = setTimeout(() => process.exit(1), 30_000);
    forced.unref();
    // Fastify first: stop accepting and let in-flight requests finish (their events reach the
    // outbox); then Nest's hooks stop the consumers, flush the relay and close the database.
    await app.getHttpAdapter().getInstance().close();
    management?.close();
    await app.close();
    await telemetry?.shutdown().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

function findConfigError(error: unknown): ConfigError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof ConfigError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
