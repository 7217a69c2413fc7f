import { enableTracing } from '@civic/platform';
import { newBirthDate, newCitizenId, eventually, seedTestDivisions, startTestService, TestService, testToken, waitForConsumers } from '@civic/testing';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { SERVICES } from './services';

/**
 * One trace per request across services (OpenTelemetry): a death registered in funeral (the HTTP
 * span) and the effect it causes in community (the consumer span of the event, under it) share a
 * trace id, and the outbox batch that carried the event to Kafka is linked to it. The test's
 * provider keeps the spans in memory; a service exports them through OTLP (OTEL_* variables).
 */
describe('tracing across services', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let funeral: TestService;
  let community: TestService;

  beforeAll(async () => {
    provider.register();
    enableTracing();
    funeral = await startTestService(SERVICES.funeral.module, SERVICES.funeral.definition);
    community = await startTestService(SERVICES.community.module, SERVICES.community.definition);
    await seedTestDivisions(funeral, 'funeral');
    await waitForConsumers(community);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([funeral?.close(), community?.close()]);
    enableTracing(false);
    await provider.shutdown();
    trace.disable();
  });

  it('puts a command and the consumer effect it causes in another service in one trace, with the outbox batch linked', async () => {
    const clerk = await testToken(['funeral:*'], 'funeral-clerk', 'funeral-home');
    const citizenId = newCitizenId(newBirthDate(1940));
    const death = await funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId,
        name: '赵',
        dateOfDeath: '2026-03-15',
        placeOfDeath: '医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-TR-1',
      },
    });
    expect(death.status).toBe(201);
    const spans = () => exporter.getFinishedSpans();
    const server = await eventually(
      async () =>
        spans().find((s) => s.kind === SpanKind.SERVER && s.attributes['url.path'] === '/api/v1/death-records' && s.attributes['civic.service'] === 'funeral'),
      (s) => s !== undefined,
      { what: 'the HTTP span of the registration' },
    );
    const traceId = server!.spanContext().traceId;
    const consumer = await eventually(
      async () =>
        spans().find((s: ReadableSpan) => s.kind === SpanKind.CONSUMER && s.name === 'community.deaths process' && s.spanContext().traceId === traceId),
      (s) => s !== undefined,
      { what: 'community’s consumer span in the same trace', timeoutMs: 30_000 },
    );
    // The consumer works under the request's span: the event carried it as its traceparent.
    expect(consumer!.parentSpanContext?.spanId).toBe(server!.spanContext().spanId);
    expect(consumer!.attributes['civic.event.type']).toBe('funeral.death-record.registered.v1');
    const publish = spans().find((s) => s.kind === SpanKind.PRODUCER && s.links.some((l) => l.context.traceId === traceId));
    expect(publish?.name).toBe('outbox publish');
    // Another request is another trace.
    await funeral.request({ method: 'GET', url: `/api/v1/death-records/${death.body.id}`, token: clerk });
    const read = await eventually(
      async () => spans().find((s) => s.kind === SpanKind.SERVER && s.attributes['url.path'] === `/api/v1/death-records/${death.body.id}`),
      (s) => s !== undefined,
      { what: 'the HTTP span of the read' },
    );
    expect(read!.spanContext().traceId).not.toBe(traceId);
  });
});
