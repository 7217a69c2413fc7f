import { AggregationTemporality, DataPointType, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PrometheusMetricProducer } from './prometheus-metric-producer';

describe('the Prometheus registry as OTLP metric data', () => {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'funeral' });
  const requests = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['route'],
    buckets: [0.1, 0.5, 1],
    registers: [registry],
  });
  const lines = new Counter({ name: 'payment_run_lines_written_total', help: 'lines', labelNames: ['run'], registers: [registry] });
  const pending = new Gauge({ name: 'outbox_pending_events', help: 'pending', registers: [registry] });
  for (const seconds of [0.05, 0.2, 0.3, 0.7, 3]) requests.observe({ route: '/api/v1/death-records' }, seconds);
  requests.observe({ route: '/health/ready' }, 0.01);
  lines.inc({ run: 'payment-run' }, 120);
  pending.set(7);

  const byName = async (producer: PrometheusMetricProducer) =>
    new Map((await producer.collect()).resourceMetrics.scopeMetrics[0].metrics.map((m) => [m.descriptor.name, m]));

  it('exports nothing until it is given the registry', async () => {
    expect((await byName(new PrometheusMetricProducer())).size).toBe(0);
  });

  it('turns counters into monotonic sums and gauges into gauges, labels into attributes', async () => {
    const producer = new PrometheusMetricProducer();
    producer.read(registry);
    const metrics = await byName(producer);
    expect(metrics.get('payment_run_lines_written_total')).toMatchObject({
      dataPointType: DataPointType.SUM,
      isMonotonic: true,
      aggregationTemporality: AggregationTemporality.CUMULATIVE,
      dataPoints: [{ attributes: { run: 'payment-run', service: 'funeral' }, value: 120 }],
    });
    expect(metrics.get('outbox_pending_events')).toMatchObject({ dataPointType: DataPointType.GAUGE, dataPoints: [{ value: 7 }] });
  });

  it('turns cumulative Prometheus buckets into per-bucket counts with the overflow last, per label set', async () => {
    const producer = new PrometheusMetricProducer();
    producer.read(registry);
    const histogram = (await byName(producer)).get('http_server_request_duration_seconds')!;
    expect(histogram).toMatchObject({ dataPointType: DataPointType.HISTOGRAM, descriptor: { unit: 's' } });
    const points = new Map(histogram.dataPoints.map((p) => [p.attributes.route, p.value]));
    expect(points.get('/api/v1/death-records')).toEqual({ buckets: { boundaries: [0.1, 0.5, 1], counts: [1, 2, 1, 1] }, sum: 4.25, count: 5 });
    expect(points.get('/health/ready')).toEqual({ buckets: { boundaries: [0.1, 0.5, 1], counts: [1, 0, 0, 0] }, sum: 0.01, count: 1 });
  });

  it('is read by the SDK’s periodic reader beside its own instruments, under the service’s resource', async () => {
    const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const producer = new PrometheusMetricProducer();
    producer.read(registry);
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000, metricProducers: [producer] });
    const provider = new MeterProvider({ resource: resourceFromAttributes({ 'service.name': 'civic-funeral' }), readers: [reader] });
    await reader.forceFlush();
    const [exported] = exporter.getMetrics();
    expect(exported.resource.attributes['service.name']).toBe('civic-funeral');
    const names = exported.scopeMetrics.flatMap((s) => s.metrics.map((m) => m.descriptor.name));
    expect(names).toEqual(expect.arrayContaining(['http_server_request_duration_seconds', 'payment_run_lines_written_total', 'outbox_pending_events']));
    await provider.shutdown();
  });
});
