import { ValueType } from '@opentelemetry/api';
import { millisToHrTime } from '@opentelemetry/core';
import { emptyResource } from '@opentelemetry/resources';
import { AggregationTemporality, CollectionResult, DataPoint, DataPointType, Histogram, MetricData, MetricProducer } from '@opentelemetry/sdk-metrics';
import type { MetricObjectWithValues, MetricValue, MetricValueWithName, Registry } from 'prom-client';

type Labels = Partial<Record<string, string | number>>;

/**
 * The service's Prometheus registry (the one /metrics serves) as OpenTelemetry metric data, so one
 * set of instruments is both scraped and pushed through OTLP: counters become monotonic sums,
 * gauges gauges, histograms explicit-bucket histograms; all cumulative since the process started.
 * Summaries (none of the platform's own metrics) are left to the scrape.
 */
export class PrometheusMetricProducer implements MetricProducer {
  private registry?: Registry;
  private readonly startTime = millisToHrTime(Date.now() - process.uptime() * 1000);

  constructor(private readonly scope = 'civic-platform') {}

  /** From now on, what the registry holds is exported (the registry exists once the service is built). */
  read(registry: Registry): void {
    this.registry = registry;
  }

  async collect(): Promise<CollectionResult> {
    const metrics = this.registry ? await this.registry.getMetricsAsJSON() : [];
    const endTime = millisToHrTime(Date.now());
    return {
      resourceMetrics: {
        resource: emptyResource(),
        scopeMetrics: [{ scope: { name: this.scope }, metrics: metrics.flatMap((m) => toMetricData(m, this.startTime, endTime)) }],
      },
      errors: [],
    };
  }
}

function toMetricData(metric: MetricObjectWithValues<MetricValue<string>>, startTime: [number, number], endTime: [number, number]): MetricData[] {
  const descriptor = { name: metric.name, description: metric.help, unit: unitOf(metric.name), valueType: ValueType.DOUBLE };
  const point = <T>(labels: Labels, value: T): DataPoint<T> => ({ startTime, endTime, attributes: { ...labels }, value });
  const type = String(metric.type);
  // A counter is a monotonic sum, a gauge a gauge: one value per label set either way.
  if (type === 'counter' || type === 'gauge')
    return [
      {
        descriptor,
        aggregationTemporality: AggregationTemporality.CUMULATIVE,
        ...(type === 'counter' ? { dataPointType: DataPointType.SUM, isMonotonic: true } : { dataPointType: DataPointType.GAUGE }),
        dataPoints: metric.values.map((v) => point(v.labels, v.value)),
      } as MetricData,
    ];
  if (type === 'histogram')
    return [
      {
        descriptor,
        aggregationTemporality: AggregationTemporality.CUMULATIVE,
        dataPointType: DataPointType.HISTOGRAM,
        dataPoints: histogramPoints(metric.name, metric.values as MetricValueWithName<string>[]).map(({ labels, value }) => point(labels, value)),
      },
    ];
  return [];
}

/**
 * prom-client gives a histogram as `_bucket` series (cumulative counts per `le`), `_sum` and
 * `_count`, each per label set; OTLP wants per label set the bucket boundaries with a count per
 * bucket (not cumulative) and one for the overflow past the last boundary.
 */
function histogramPoints(name: string, values: MetricValueWithName<string>[]): { labels: Labels; value: Histogram }[] {
  const series = new Map<string, { labels: Labels; le: [number, number][]; sum: number; count: number }>();
  for (const { metricName, labels, value } of values) {
    const { le, ...rest } = labels as Labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const entry = series.get(key) ?? { labels: rest, le: [], sum: 0, count: 0 };
    series.set(key, entry);
    if (metricName === `${name}_bucket` && le !== undefined && le !== '+Inf') entry.le.push([Number(le), value]);
    else if (metricName === `${name}_sum`) entry.sum = value;
    else if (metricName === `${name}_count`) entry.count = value;
  }
  return [...series.values()].map(({ labels, le, sum, count }) => {
    le.sort((a, b) => a[0] - b[0]);
    const cumulative = [...le.map(([, n]) => n), count];
    return {
      labels,
      value: { buckets: { boundaries: le.map(([bound]) => bound), counts: cumulative.map((n, i) => n - (i ? cumulative[i - 1] : 0)) }, sum, count },
    };
  });
}

/** The UCUM unit a Prometheus name ends with, by the naming convention the platform keeps. */
function unitOf(name: string): string {
  if (/_seconds(_total)?$/.test(name)) return 's';
  if (/_bytes(_total)?$/.test(name)) return 'By';
  return '1';
}
