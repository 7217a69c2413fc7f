import { configureServiceApp, connectConsumers, DevIssuer, MessagingRuntime, ServiceDefinition, serviceHttpAdapter } from '@civic/platform';
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { eventually } from './eventually';

/** A service under test: the real app on the real database and broker, driven through Fastify's inject. */
export interface TestService {
  app: NestFastifyApplication;
  request(options: { method: string; url: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
  text: string;
}

/** A provider the test replaces, e.g. the CLOCK with a ControllableClock. */
export interface ProviderOverride {
  provide: unknown;
  useValue: unknown;
}

export interface TestServiceOptions {
  overrides?: ProviderOverride[];
  /**
   * Start the service's event consumers (its `@OnEvent` handlers) on the broker; default true.
   * HTTP-only API tests pass false: they start faster and no consumer group waits on them.
   */
  consumers?: boolean;
}

export async function startTestService(module: Type, definition: ServiceDefinition, options: TestServiceOptions = {}): Promise<TestService> {
  let builder = Test.createTestingModule({ imports: [module] });
  for (const o of options.overrides ?? []) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
  const compiled = await builder.compile();
  const app = compiled.createNestApplication<NestFastifyApplication>(serviceHttpAdapter(), { bufferLogs: true });
  if (options.consumers ?? true) connectConsumers(app);
  // The UI's static files come through @fastify/static, whose ESM-only dependency jest cannot load on
  // Node 20; /docs-json is still served, and the UI is checked by the start-up smoke test.
  configureServiceApp(app, definition, { docsUi: false });
  await app.init();
  if (options.consumers ?? true) await app.startAllMicroservices();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    async request({ method, url, token, body, headers }) {
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      let parsed: unknown;
      try {
        parsed = response.body ? JSON.parse(response.body) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.statusCode, headers: response.headers, body: parsed, text: response.body };
    },
    close: () => app.close(),
  };
}

/** Signs arbitrary claims with the run's local issuer: for tests of tokens the services must refuse. */
export async function testTokenWithClaims(claims: Record<string, unknown>, expiresIn: string | number | null = '1h'): Promise<string> {
  const dir = process.env.CIVIC_TEST_ISSUER_DIR;
  if (!dir) throw new Error('CIVIC_TEST_ISSUER_DIR is not set: run through the integration project');
  return (await DevIssuer.open(dir)).signClaims(claims, expiresIn);
}

/** Signs tokens with the run's local issuer (its JWKS is what the services under test trust). */
export async function testToken(roles: string[], subject = 'test-officer', system = 'test-suite', districts: string[] = []): Promise<string> {
  const dir = process.env.CIVIC_TEST_ISSUER_DIR;
  if (!dir) throw new Error('CIVIC_TEST_ISSUER_DIR is not set: run through the integration project');
  return (await DevIssuer.open(dir)).sign({ sub: subject, roles, system, districts });
}

/** Waits until every consumer group of the service has joined (and so will see events sent from now on). */
export async function waitForConsumers(...services: TestService[]): Promise<void> {
  for (const service of services) {
    const runtime = service.app.get(MessagingRuntime);
    await eventually(
      async () => runtime.consumers.length > 0 && runtime.consumers.every((c) => c.hasJoinedGroup),
      (joined) => joined,
      { timeoutMs: 60_000, what: 'consumers joined' },
    );
  }
}
