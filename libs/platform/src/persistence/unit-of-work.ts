import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { auditRowWrite } from '../audit/audit-row';
import { RequestContext, requestContext, runAfterCommit } from '../context/request-context';
import { ConcurrentUpdateError } from '../http/etag';
import { combineStatements, DeferredWrite, tableWrittenBy } from './combined-statement';

export type { DeferredWrite };
import { queryReturning } from './query-returning';

/**
 * Gives repositories the transaction of the command being served, so that the state change, its
 * audit row, its idempotency record and its outbox events commit together.
 *
 * Writes that nothing in the command reads back (a new aggregate's rows, outbox events, the audit
 * row) can be deferred: they go to Postgres together as one statement when the command ends, which
 * saves a round trip each on the hot paths. Any query through `manager()`/`transaction()` flushes
 * them first, so a use case always reads its own writes.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  /** The current command's transaction, or the plain manager for queries. */
  manager(): EntityManager {
    const context = requestContext.current();
    return context?.manager ? this.flushingBeforeQueries(context) : this.dataSource.manager;
  }

  /** The current command's transaction; refuses to run outside one (writes must be atomic). */
  transaction(): EntityManager {
    const context = requestContext.current();
    if (!context?.manager) throw new Error('no command transaction: mark the route with @Command()');
    return this.flushingBeforeQueries(context);
  }

  /** Holds a write until the command's end (or the next query); a second write of the same table flushes the first. */
  async defer(write: DeferredWrite): Promise<void> {
    const context = requestContext.current();
    if (!context?.manager) throw new Error('no command transaction: mark the route with @Command()');
    const pending = (context.pendingWrites ??= []);
    const table = tableWrittenBy(write.sql);
    if (table && pending.some((w) => tableWrittenBy(w.sql) === table)) await this.flush();
    (context.pendingWrites ??= []).push(write);
  }

  /** Sends the deferred writes as one statement and checks each one's outcome. */
  async flush(context: RequestContext | undefined = requestContext.current()): Promise<void> {
    const writes = context?.pendingWrites;
    if (!context?.manager || !writes?.length) return;
    context.pendingWrites = [];
    const combined = writes.length === 1 ? undefined : combineStatements(writes);
    try {
      if (!combined) {
        const rows = await queryReturning(context.manager, withReturning(writes[0].sql), writes[0].params);
        check(writes[0], rows.length);
        return;
      }
      const [counts] = await context.manager.query(combined.sql, combined.params);
      writes.forEach((write, i) => check(write, (counts as Record<string, number>)[`w${i}`]));
    } catch (error) {
      const constraint =
        (error as { constraint?: string; driverError?: { constraint?: string } }).constraint ??
        (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      const translate = constraint ? writes.find((w) => w.constraints?.[constraint])?.constraints?.[constraint] : undefined;
      throw translate ? translate() : error;
    }
  }

  /**
   * Runs use-case code outside an HTTP request (a job step) the way a command runs: in one new
   * transaction, seen by repositories and the event publisher, on behalf of `actor`.
   */
  async run<T>(
    work: () => Promise<T>,
    options: {
      actor: Actor;
      requestId?: string;
      /** The audit row of what the step did (given its result), written in its transaction; none when undefined. */
      audit?: (result: T) => { action: string; resourceType: string; resourceId?: string | null; details?: unknown } | undefined;
    },
  ): Promise<T> {
    const requestId = options.requestId ?? randomUUID();
    const callbacks: (() => void)[] = [];
    const result = await this.dataSource.transaction((manager) => {
      const context: RequestContext = { requestId, actor: options.actor, manager, afterCommit: callbacks };
      return requestContext.run(context, async () => {
        const value = await work();
        const audited = options.audit?.(value);
        if (audited)
          await this.defer(
            auditRowWrite({
              actor: options.actor,
              action: audited.action,
              resourceType: audited.resourceType,
              resourceId: audited.resourceId ?? null,
              requestId,
              method: 'JOB',
              path: options.actor.subject,
              status: 200,
              details: { ...(audited.details as object | undefined), ...(context.auditEffects ? { effects: context.auditEffects } : {}) },
            }),
          );
        await this.flush(context);
        return value;
      });
    });
    runAfterCommit(callbacks);
    return result;
  }

  private flushingBeforeQueries(context: RequestContext): EntityManager {
    const manager = context.manager!;
    if (!context.pendingWrites?.length) return manager;
    return new Proxy(manager, {
      get: (target, property, receiver) =>
        property === 'query'
          ? async (sql: string, params?: unknown[]) => {
              await this.flush(context);
              return target.query(sql, params);
            }
          : Reflect.get(target, property, receiver),
    });
  }
}

/** Rows are counted by what the statement returns. */
function withReturning(sql: string): string {
  return /\breturning\b/i.test(sql) ? sql : `${sql} RETURNING 1`;
}

function check(write: DeferredWrite, rows: number): void {
  if (write.expectRows !== undefined && rows !== write.expectRows) throw new ConcurrentUpdateError();
}

/** The actor of work the service does by itself (jobs, event handlers): audited as such. */
export function systemActor(name: string): Actor {
  return { subject: `system:${name}`, system: 'internal', roles: [], districts: [] };
}
