import { continueTrace, remoteSpanOf } from '@civic/messaging';
import { Attributes, Context, context, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace, TraceFlags } from '@opentelemetry/api';

let enabled = false;

/** Turns OpenTelemetry spans on (startTelemetry does, or a test with its own provider); off, requests and events keep their W3C trace ids only. */
export function enableTracing(on = true): void {
  enabled = on;
}

/** A span of a request or a consumed event: its traceparent (what the outbox and the logs carry) and its OpenTelemetry context. */
export interface TracedSpan {
  traceparent: string;
  context: Context;
  span?: Span;
  end(outcome?: { error?: unknown; attributes?: Attributes }): void;
}

/**
 * Opens a span under the W3C `parent` (an incoming request's or an event's traceparent). With
 * tracing on it is an OpenTelemetry span exported through OTLP, and its ids become the traceparent
 * the outbox writes on events, so a command and the consumer effects it causes are one trace.
 */
export function openSpan(name: string, parent: string | undefined, kind: SpanKind, attributes: Attributes = {}): TracedSpan {
  if (!enabled) return { traceparent: continueTrace(parent), context: context.active(), end: () => undefined };
  const parentContext = contextOf(parent);
  const span = trace.getTracer('civic-platform').startSpan(name, { kind, attributes }, parentContext);
  const { traceId, spanId, traceFlags } = span.spanContext();
  return {
    traceparent: `00-${traceId}-${spanId}-${traceFlags & TraceFlags.SAMPLED ? '01' : '00'}`,
    context: trace.setSpan(parentContext, span),
    span,
    end(outcome = {}) {
      if (outcome.attributes) span.setAttributes(outcome.attributes);
      if (outcome.error !== undefined) {
        span.recordException(outcome.error instanceof Error ? outcome.error : String(outcome.error));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}

/** The remote parent of a valid traceparent, else the root (a new trace). */
function contextOf(traceparent: string | undefined): Context {
  const parent = remoteSpanOf(traceparent);
  return parent ? trace.setSpanContext(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
}
