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
    const traceparent =
      typeof req.headers.traceparent === 'string' && /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/.test(req.headers.traceparent)
        ? req.headers.traceparent
        : undefined;
    res.setHeader('x-request-id', requestId);
    requestContext.run({ requestId, traceparent }, next);
  }
}

/** Takes the caller's x-request-id when it is a sane token, else makes one. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}
