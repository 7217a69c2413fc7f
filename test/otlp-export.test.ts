import { eventually, freePort, repoRoot, testToken, useFreshDatabase } from '@civic/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpResource {
  attributes: OtlpAttribute[];
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: OtlpAttribute[];
}
interface OtlpMetric {
  name: string;
  histogram?: { dataPoints: { attributes: OtlpAttribute[]; count: string | number }[] };
}

/**
 * The production path of OpenTelemetry: a service process started with only the standard OTEL_*
 * variables pushes, through OTLP/HTTP to a collector (here a small receiver of the JSON encoding),
 * the spans of a request (the HTTP span and its Postgres queries, in the caller's trace) and the
 * metrics /metrics serves, under a resource that names the service and its instance.
 */
describe('OpenTelemetry through OTLP from a service process', () => {
  let receiver: Server;
  let service: ChildProcess;
  let port: number;
  let restore: () => void;
  let stderr = '';
  const received: { path: string; body: { resourceSpans?: unknown[]; resourceMetrics?: unknown[] } }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.headers['content-type']?.includes('json')) received.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    const collector = await freePort();
    await new Promise<void>((resolve) => receiver.listen(collector, '127.0.0.1', resolve));
    restore = await useFreshDatabase('charity', 'civic_otlp_export');
    port = await freePort();
    service = spawn(process.execPath, [join(repoRoot(), 'dist', 'services', 'charity', 'src', 'main.js')], {
      env: {
        ...process.env,
        CHARITY_PORT: String(port),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collector}`,
        OTEL_METRIC_EXPORT_INTERVAL: '500',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        OTEL_RESOURCE_ATTRIBUTES: 'service.instance.id=charity-otlp-test,deployment.environment=test',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    service.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await eventually(
      () =>
        fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200 || service.exitCode !== null,
      { what: 'charity ready', timeoutMs: 90_000, intervalMs: 250 },
    );
    expect({ exitCode: service.exitCode, stderr }).toEqual({ exitCode: null, stderr: '' });
  }, 120_000);

  afterAll(async () => {
    if (service?.exitCode === null) {
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
    }
    receiver?.close();
    restore?.();
  });

  const attr = (attributes: OtlpAttribute[], key: string) => {
    const value = attributes.find((a) => a.key === key)?.value;
    return value?.stringValue ?? value?.intValue;
  };
  const resources = (path: string, key: 'resourceSpans' | 'resourceMetrics') =>
    received
      .filter((r) => r.path === path)
      .flatMap((r) => (r.body[key] ?? []) as { resource: OtlpResource; scopeSpans?: { spans: OtlpSpan[] }[]; scopeMetrics?: { metrics: OtlpMetric[] }[] }[]);

  it('exports a request’s HTTP span and its Postgres queries in the caller’s trace, naming the service instance', async () => {
    const traceId = randomBytes(16).toString('hex');
    const token = await testToken(['charity:*']);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/organisations?limit=5`, {
      headers: { authorization: `Bearer ${token}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    expect(res.status).toBe(200);
    const spans = await eventually(
      async () =>
        resources('/v1/traces', 'resourceSpans').flatMap(({ resource, scopeSpans }) =>
          (scopeSpans ?? []).flatMap((s) => s.spans.filter((span) => span.traceId === traceId).map((span) => ({ resource, span }))),
        ),
      (found) =>
        found.some(({ span }) => span.kind === 2) && found.some(({ span }) => /LIMIT \$1 OFFSET \$2/.test(String(attr(span.attributes, 'db.query.text')))),
      { what: 'the request’s HTTP and Postgres spans at the collector', timeoutMs: 30_000 },
    );
    const server = spans.find(({ span }) => span.kind === 2)!;
    expect(attr(server.span.attributes, 'url.path')).toBe('/api/v1/organisations');
    expect(attr(server.resource.attributes, 'service.name')).toBe('civic-charity');
    expect(attr(server.resource.attributes, 'service.instance.id')).toBe('charity-otlp-test');
    const query = spans.find(({ span }) => /LIMIT \$1 OFFSET \$2/.test(String(attr(span.attributes, 'db.query.text'))))!;
    expect(attr(query.span.attributes, 'db.system.name')).toBe('postgresql');
    expect(query.span.parentSpanId).toBe(server.span.spanId);
    // The statement as written, parameters as placeholders: no values (personal data) leave in spans.
    expect(String(attr(query.span.attributes, 'db.query.text'))).toMatch(/FROM organisation WHERE true ORDER BY name, id LIMIT \$1 OFFSET \$2$/);
  });

  it('pushes the metrics /metrics serves, the request histogram per route among them', async () => {
    const token = await testToken(['charity:*']);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/donations?limit=5`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const metrics = await eventually(
      async () =>
        resources('/v1/metrics', 'resourceMetrics').flatMap(({ resource, scopeMetrics }) =>
          (scopeMetrics ?? []).flatMap((s) => s.metrics.map((metric) => ({ resource, metric }))),
        ),
      (found) =>
        found.some(
          ({ metric }) =>
            metric.name === 'http_server_request_duration_seconds' &&
            metric.histogram!.dataPoints.some((p) => attr(p.attributes, 'route') === '/api/v1/donations'),
        ),
      { what: 'the request histogram at the collector', timeoutMs: 30_000 },
    );
    const names = new Set(metrics.map(({ metric }) => metric.name));
    for (const name of ['outbox_pending_events', 'event_consumer_lag', 'process_resident_memory_bytes']) expect(names).toContain(name);
    const { resource } = metrics.find(({ metric }) => metric.name === 'http_server_request_duration_seconds')!;
    expect(attr(resource.attributes, 'service.instance.id')).toBe('charity-otlp-test');
    expect(attr(resource.attributes, 'deployment.environment')).toBe('test');
  });
});
