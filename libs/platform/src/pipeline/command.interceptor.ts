import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, map, Observable } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { auditRowWrite } from '../audit/audit-row';
import { requestContext, runAfterCommit } from '../context/request-context';
import { CsvUpload } from '../http/csv-upload';
import { ProblemError } from '../http/problem';
import { UnitOfWork } from '../persistence/unit-of-work';
import { COMMAND_KEY, CommandOptions } from './command.decorator';
import { KeyedQueue } from './keyed-queue';

interface CommandRequest {
  method: string;
  url: string;
  params: Record<string, string>;
  body: unknown;
  headers: Record<string, string | undefined>;
}

type Outcome = { replayed: boolean; body: unknown; status?: number };

/**
 * The command pipeline: one transaction around the handler, with idempotency and audit as steps
 * of it rather than code repeated in each use case.
 */
@Injectable()
export class CommandInterceptor implements NestInterceptor {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const options = this.reflector.get<CommandOptions | undefined>(COMMAND_KEY, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<CommandRequest>();
    const reply = context.switchToHttp().getResponse<{ header(k: string, v: string): unknown; status(code: number): unknown; statusCode?: number }>();
    const store = requestContext.current();
    if (!store?.actor) throw new Error('command outside an authenticated request');
    const actor = store.actor;
    const key = options.idempotent ? idempotencyKeyOf(request) : undefined;
    const path = request.url.split('?')[0];
    const status = this.reflector.get<number | undefined>('__httpCode__', context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
    // Nest sets the route's status before the handler runs; a handler may choose another (202).
    const answered = () => reply.statusCode ?? status;

    store.afterCommit = [];
    const queueKey = options.queueBy?.({ params: request.params ?? {}, body: request.body });
    const transaction = () =>
      this.dataSource.transaction(async (manager): Promise<Outcome> => {
        store.manager = manager;
        store.auditEffects = undefined;
        try {
          const requestHash = key ? hashRequest(request.method, path, request.body) : '';
          if (key) {
            const previous = await this.claimKey(manager, actor, key, requestHash, request.method, path);
            if (previous) return previous;
          }
          const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
          // The idempotency record and the audit row go with the command's deferred writes (its new
          // rows, its outbox events) as one statement: one round trip at commit, not one per row.
          if (key) {
            await this.uow.defer({
              sql: `UPDATE idempotency_key SET status_code = $4, response_body = $5 WHERE actor_subject = $1 AND actor_system = $2 AND idempotency_key = $3`,
              params: [actor.subject, actor.system, key, answered(), JSON.stringify(body ?? null)],
            });
          }
          await this.uow.defer(
            auditRowWrite({
              actor,
              action: options.action,
              resourceType: options.resourceType,
              resourceId: options.resourceId?.(request.params ?? {}, body) ?? null,
              requestId: store.requestId,
              method: request.method,
              path,
              status: answered(),
              details: auditDetails(request.params ?? {}, request.body ?? null, store.auditEffects),
            }),
          );
          await this.uow.flush(store);
          return { replayed: false, body };
        } finally {
          store.manager = undefined;
          store.pendingWrites = undefined;
        }
      });
    const run = queueKey ? this.queue.run(`${options.action}:${queueKey}`, transaction) : transaction();
    const committed = run.then(
      (outcome) => {
        runAfterCommit(store.afterCommit);
        store.afterCommit = undefined;
        return outcome;
      },
      (error: unknown) => {
        store.afterCommit = undefined;
        throw error;
      },
    );
    return from(committed).pipe(
      map((outcome) => {
        if (outcome.replayed) {
          reply.header('idempotent-replayed', 'true');
          if (outcome.status) reply.status(outcome.status);
        }
        return outcome.body;
      }),
    );
  }

  /**
   * Claims the key in this transaction. A concurrent request with the same key waits on the
   * primary key until this one commits, then sees the stored response: never a second write.
   */
  private async claimKey(manager: EntityManager, actor: Actor, key: string, hash: string, method: string, path: string): Promise<Outcome | undefined> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (actor_subject, actor_system, idempotency_key, request_hash, method, path) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING idempotency_key`,
      [actor.subject, actor.system, key, hash, method, path],
    );
    if (claimed.length) return undefined;
    const [row] = await manager.query(
      `SELECT request_hash, response_body, status_code FROM idempotency_key WHERE actor_subject = $1 AND actor_system = $2 AND idempotency_key = $3`,
      [actor.subject, actor.system, key],
    );
    if (row.request_hash !== hash) {
      throw new ProblemError(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency key reused', 'this Idempotency-Key was used for a different request');
    }
    return { replayed: true, body: row.response_body, status: row.status_code ?? undefined };
  }
}

function idempotencyKeyOf(request: CommandRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (!/^[A-Za-z0-9_\-.:]{1,200}$/.test(key)) {
    throw new ProblemError(400, 'IDEMPOTENCY_KEY_MALFORMED', 'Malformed Idempotency-Key', 'Idempotency-Key must be 1-200 of A-Z a-z 0-9 _ - . :', [
      { field: 'Idempotency-Key', message: 'must be 1-200 of A-Z a-z 0-9 _ - . :' },
    ]);
  }
  return key;
}

function hashRequest(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body instanceof CsvUpload ? body.digest() : body)}`)
    .digest('hex');
}

/** JSON with sorted keys, so that the same body in another key order is the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A command's audit details: its path parameters, its body and what it did besides. An upload (a
 * CSV file of people's data) is audited by its hash, size and rows, not copied.
 */
function auditDetails(params: unknown, rawBody: unknown, effects: Record<string, unknown> | undefined): unknown {
  const body = rawBody instanceof CsvUpload ? rawBody.digest() : rawBody;
  return effects ? { params, body, effects } : { params, body };
}
