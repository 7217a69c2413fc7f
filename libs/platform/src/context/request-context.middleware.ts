import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { context, SpanKind } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import type { ServiceDefinition } from '../service-definition';
import { openSpan, TracedSpan } from '../telemetry/tracing';
import { SERVICE_DEFINITION } from '../tokens';
import { requestContext } from './request-context';

type RawRequest = { id?: unknown; method?: string; url?: string; originalUrl?: string; headers: Record<string, string | string[] | undefined> };
type RawReply = { setHeader(name: string, value: string): void; on?(event: 'finish', listener: () => void): void; statusCode?: number };

/** Opens the request's context (id, trace) for everything below; echoes the id as x-request-id. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(@Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition) {}

  use(req: RawRequest, res: RawReply, next: () => void): void {
    const requestId = typeof req.id === 'string' ? req.id : requestIdFrom(req.headers);
    const span = spanOf(req, this.definition.name);
    res.setHeader('x-request-id', requestId);
    res.on?.('finish', () => span.end({ attributes: { 'http.response.status_code': res.statusCode ?? 0 } }));
    requestContext.run({ requestId, traceparent: span.traceparent }, () => context.with(span.context, next));
  }
}

const spans = new WeakMap<object, TracedSpan>();

/**
 * The request's own span (in the caller's trace when it sent a valid traceparent): made once per
 * request, so the access log and the events the request commits name the same trace.
 */
function spanOf(req: RawRequest, service?: string): TracedSpan {
  let span = spans.get(req);
  if (!span) {
    const given = req.headers.traceparent;
    // Nest hands middleware the path below the route it matched; the original is kept beside it.
    const path = (req.originalUrl ?? req.url ?? '').split('?')[0];
    span = openSpan(`${req.method ?? 'HTTP'} ${path}`, typeof given === 'string' ? given : undefined, SpanKind.SERVER, {
      'http.request.method': req.method ?? '',
      'url.path': path,
      ...(service ? { 'civic.service': service } : {}),
    });
    spans.set(req, span);
  }
  return span;
}

export function traceparentOf(req: RawRequest): string {
  return spanOf(req).traceparent;
}

/** Takes the caller's x-request-id when it is a sane token, else makes one. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}
