import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { detectResources, envDetector, Resource, resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Registry } from 'prom-client';
import { ConfigError } from '../config/service-config';
import { PrometheusMetricProducer } from './prometheus-metric-producer';
import { enableTracing } from './tracing';

/** What a service process does with OpenTelemetry once it is on. */
export interface Telemetry {
  /** Pushes what the service's Prometheus registry holds through OTLP too (when metrics are on). */
  exportMetrics(registry: Registry): void;
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry for a service process, configured by the standard variables. Traces are on when
 * `OTEL_TRACES_EXPORTER=otlp` or an OTLP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set: a span per request, per Postgres query, per outbox
 * batch sent to Kafka and per consumed event. Metrics likewise (`OTEL_METRICS_EXPORTER`,
 * `OTEL_EXPORTER_OTLP_METRICS_ENDPOINT`; every `OTEL_METRIC_EXPORT_INTERVAL` ms, 60 s by default):
 * the same instruments /metrics serves, beside it. `OTEL_SDK_DISABLED=true` turns both off. Both go
 * through OTLP/HTTP, the exporters reading endpoint, headers and timeout from the same variables;
 * `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES` name the process. Undefined when all is off.
 */
export function startTelemetry(service: string, env: NodeJS.ProcessEnv = process.env): Telemetry | undefined {
  if (env.OTEL_SDK_DISABLED === 'true') return undefined;
  const traces = exporterChosen('OTEL_TRACES_EXPORTER', env, env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  const metrics = exporterChosen('OTEL_METRICS_EXPORTER', env, env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT);
  if (!traces && !metrics) return undefined;
  const resource = serviceResource(service, env);
  const stops: (() => Promise<void>)[] = [];
  if (traces) {
    const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
    // The AsyncLocalStorage context manager and the W3C propagator, process-wide.
    provider.register();
    registerInstrumentations({ tracerProvider: provider, instrumentations: [new PgInstrumentation({ requireParentSpan: true })] });
    enableTracing();
    stops.push(() => provider.shutdown());
  }
  const producer = new PrometheusMetricProducer();
  if (metrics) {
    const interval = Number(env.OTEL_METRIC_EXPORT_INTERVAL ?? 60_000);
    if (!Number.isInteger(interval) || interval < 100)
      throw new ConfigError([`OTEL_METRIC_EXPORT_INTERVAL must be a whole number of milliseconds, at least 100 (got "${env.OTEL_METRIC_EXPORT_INTERVAL}")`]);
    const reader = new PeriodicExportingMetricReader({
      exporter: new OTLPMetricExporter(),
      exportIntervalMillis: interval,
      exportTimeoutMillis: Math.min(30_000, interval),
      metricProducers: [producer],
    });
    const provider = new MeterProvider({ resource, readers: [reader] });
    stops.push(() => provider.shutdown());
  }
  return {
    exportMetrics: (registry) => producer.read(registry),
    shutdown: async () => {
      await Promise.allSettled(stops.map((stop) => stop()));
    },
  };
}

/** Whether `variable` (or, unset, an OTLP endpoint for the signal) asks for OTLP; anything but otlp or none is refused. */
function exporterChosen(variable: 'OTEL_TRACES_EXPORTER' | 'OTEL_METRICS_EXPORTER', env: NodeJS.ProcessEnv, signalEndpoint?: string): boolean {
  const endpoint = signalEndpoint ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = env[variable] ?? (endpoint ? 'otlp' : 'none');
  if (exporter !== 'otlp' && exporter !== 'none') throw new ConfigError([`${variable} must be otlp or none (got "${exporter}")`]);
  return exporter === 'otlp';
}

/** civic-<service> in the civic-platform namespace, unless OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES say otherwise (a replica's instance id, say). */
function serviceResource(service: string, env: NodeJS.ProcessEnv): Resource {
  const base = resourceFromAttributes({ 'service.name': `civic-${service}`, 'service.namespace': 'civic-platform' });
  // The env detector reads the process's own environment: the one a service is started with.
  return env === process.env ? base.merge(detectResources({ detectors: [envDetector] })) : base;
}
