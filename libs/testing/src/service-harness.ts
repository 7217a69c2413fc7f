import { configureServiceApp, DevIssuer, ServiceDefinition, serviceHttpAdapter } from '@civic/platform';
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';

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

export async function startTestService(module: Type, definition: ServiceDefinition, overrides: ProviderOverride[] = []): Promise<TestService> {
  let builder = Test.createTestingModule({ imports: [module] });
  for (const o of overrides) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
  const compiled = await builder.compile();
  // The UI's static files come through @fastify/static, whose ESM-only dependency jest cannot load on
  // Node 20; /docs-json is still served, and the UI is checked by the start-up smoke test.
  const app = configureServiceApp(compiled.createNestApplication<NestFastifyApplication>(serviceHttpAdapter(), { bufferLogs: true }), definition, { docsUi: false });
  await app.init();
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

/** Signs tokens with the run's local issuer (its JWKS is what the services under test trust). */
export async function testToken(roles: string[], subject = 'test-officer', system = 'test-suite', districts: string[] = []): Promise<string> {
  const dir = process.env.CIVIC_TEST_ISSUER_DIR;
  if (!dir) throw new Error('CIVIC_TEST_ISSUER_DIR is not set: run through the integration project');
  return (await DevIssuer.open(dir)).sign({ sub: subject, roles, system, districts });
}
