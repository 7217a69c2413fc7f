import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ConfigError } from '../config/service-config';
import { enableTracing } from './tracing';

/**
 * OpenTelemetry for a service process, configured by the standard variables: off unless
 * `OTEL_TRACES_EXPORTER=otlp` or an OTLP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set; `OTEL_SDK_DISABLED=true` turns it off. Traces go
 * through OTLP/HTTP (the exporter reads its endpoint, headers and timeout from the same variables):
 * a span per request, per Postgres query, per outbox batch sent to Kafka and per consumed event.
 * Returns the provider's shutdown (flushes what is buffered), or undefined when off.
 */
export function startTelemetry(service: string, env: NodeJS.ProcessEnv = process.env): (() => Promise<void>) | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = env.OTEL_TRACES_EXPORTER ?? (endpoint ? 'otlp' : 'none');
  if (env.OTEL_SDK_DISABLED === 'true' || exporter === 'none') return undefined;
  if (exporter !== 'otlp') throw new ConfigError([`OTEL_TRACES_EXPORTER must be otlp or none (got "${exporter}")`]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? `civic-${service}`, 'service.namespace': 'civic-platform' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The AsyncLocalStorage context manager and the W3C propagator, process-wide.
  provider.register();
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PgInstrumentation({ requireParentSpan: true })] });
  enableTracing();
  return () => provider.shutdown();
}
