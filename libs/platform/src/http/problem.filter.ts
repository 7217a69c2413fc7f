import { DomainError } from '@civic/domain-kernel';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { isTransientFailure } from '@civic/messaging';
import { QueryFailedError } from 'typeorm';
import { requestContext } from '../context/request-context';
import { allowedMethodsOf } from './allowed-methods';
import { ProblemDetails, ProblemError, problemType } from './problem';

const DOMAIN_STATUS: Record<DomainError['kind'], number> = { invalid: 422, 'not-found': 404, conflict: 409, rule: 422 };

/**
 * Turns every error into `application/problem+json`. Known errors keep their code and details;
 * anything else becomes a bare 500 whose details go only to the log, never a stack trace, SQL or
 * internal message in the response.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    // An event handler's error goes back to the inbox transport as it is (Nest's own RPC filter
    // would hide it): it decides on retries and the DLQ, whose dlq_error must say what failed.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<{ url?: string; method?: string }>();
    const reply = http.getResponse<{ status(code: number): unknown; header(k: string, v: string): unknown; send(body: unknown): unknown }>();
    // A method the path does not answer (whatever stage refused it: routing, body parsing) is 405 with Allow.
    const allowed = allowedMethodsOf(request);
    const wrongMethod = allowed.length > 0 && !allowed.includes(request.method ?? '');
    const problem = wrongMethod
      ? {
          type: problemType('METHOD_NOT_ALLOWED'),
          title: titleOf(405),
          status: 405,
          detail: `${request.method} is not allowed here; use ${allowed.join(', ')}`,
          code: 'METHOD_NOT_ALLOWED',
        }
      : this.toProblem(exception);
    if (wrongMethod) reply.header('allow', allowed.join(', '));
    problem.instance = request.url?.split('?')[0];
    problem.requestId = requestContext.current()?.requestId;
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId, path: problem.instance }, 'unhandled error');
    }
    reply.status(problem.status);
    if (problem.status === 503) reply.header('retry-after', '5');
    reply.header('content-type', 'application/problem+json; charset=utf-8');
    reply.send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemError) {
      return {
        type: problemType(exception.code),
        title: exception.title,
        status: exception.status,
        detail: exception.message,
        code: exception.code,
        errors: exception.errors,
      };
    }
    if (exception instanceof DomainError) {
      const status = DOMAIN_STATUS[exception.kind];
      return {
        type: problemType(exception.code),
        title: titleOf(status),
        status,
        detail: exception.message,
        code: exception.code,
        errors: exception.field ? [{ field: exception.field, message: exception.message, code: exception.code }] : undefined,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'string'
          ? body
          : Array.isArray((body as { message?: unknown }).message)
            ? undefined
            : String((body as { message?: unknown }).message ?? exception.message);
      const code = codeOfStatus(status);
      return { type: problemType(code), title: titleOf(status), status, detail: status >= 500 ? undefined : detail, code };
    }
    if (exception instanceof QueryFailedError && (exception.driverError as { code?: string })?.code === '23505') {
      // A unique constraint caught a race the use case's own check could not see.
      return {
        type: problemType('CONFLICT'),
        title: titleOf(409),
        status: 409,
        detail: 'the resource already exists or was changed concurrently',
        code: 'CONFLICT',
      };
    }
    if (isTransientFailure(exception)) {
      // The database is away, overloaded or lost a race: nothing was committed; the caller retries.
      return {
        type: problemType('SERVICE_UNAVAILABLE'),
        title: titleOf(503),
        status: 503,
        detail: 'the service cannot reach its database right now; nothing was changed, retry after the Retry-After seconds',
        code: 'SERVICE_UNAVAILABLE',
      };
    }
    if ((exception as { code?: string })?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || (exception as { statusCode?: number })?.statusCode === 415) {
      return {
        type: problemType('UNSUPPORTED_MEDIA_TYPE'),
        title: titleOf(415),
        status: 415,
        detail: 'send the body as application/json',
        code: 'UNSUPPORTED_MEDIA_TYPE',
      };
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (fastifyStatus && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Fastify's own refusals (malformed JSON, body too large): safe to name, never internal.
      const code = codeOfStatus(fastifyStatus);
      return {
        type: problemType(code),
        title: titleOf(fastifyStatus),
        status: fastifyStatus,
        detail: fastifyStatus === 400 ? 'the request body is not valid JSON' : titleOf(fastifyStatus),
        code,
      };
    }
    return {
      type: problemType('INTERNAL'),
      title: titleOf(500),
      status: 500,
      detail: 'an unexpected error occurred; quote the requestId when reporting it',
      code: 'INTERNAL',
    };
  }
}

function codeOfStatus(status: number): string {
  return (HttpStatus[status] ?? 'ERROR').toString();
}

function titleOf(status: number): string {
  const name = HttpStatus[status] ?? 'ERROR';
  return name
    .toString()
    .toLowerCase()
    .split('_')
    .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}
