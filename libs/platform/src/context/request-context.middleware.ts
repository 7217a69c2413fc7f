import { continueTrace } from '@civic/messaging';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { requestContext } from './request-context';

type RawRequest = { id?: unknown; headers: Record<string, string | string[] | undefined> };
type RawReply = { setHeader(name: string, value: string): void };

/** Opens the request's context (id, trace) for everything below; echoes the id as x-request-id. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: RawRequest, res: RawReply, next: () => void): void {
    const requestId = typeof req.id === 'string' ? req.id : requestIdFrom(req.headers);
    const traceparent = traceparentOf(req);
    res.setHeader('x-request-id', requestId);
    requestContext.run({ requestId, traceparent }, next);
  }
}

const spans = new WeakMap<object, string>();

/**
 * The request's own span (in the caller's trace when it sent a valid traceparent): made once per
 * request, so the access log and the events the request commits name the same trace.
 */
export function traceparentOf(req: RawRequest): string {
  let span = spans.get(req);
  if (!span) {
    const given = req.headers.traceparent;
    span = continueTrace(typeof given === 'string' ? given : undefined);
    spans.set(req, span);
  }
  return span;
}

/** Takes the caller's x-request-id when it is a sane token, else makes one. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}
