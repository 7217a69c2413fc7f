import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { DeferredWrite } from '../persistence/combined-statement';

/** What the platform knows about the request being served, available anywhere below the controller. */
export interface RequestContext {
  requestId: string;
  traceparent?: string;
  actor?: Actor;
  /** Set when the route declared DistrictScope.list(): its queries may filter by the actor's districts. */
  districtScopedList?: boolean;
  /** The command's transaction, set by the command pipeline. */
  manager?: EntityManager;
  /** Writes held until the unit of work flushes them as one statement (see UnitOfWork.defer). */
  pendingWrites?: DeferredWrite[];
  /** Work to start once the transaction has committed (e.g. wake a background job it queued). */
  afterCommit?: (() => void)[];
  /** What the command did beyond its own record, for its audit row (see recordInAudit). */
  auditEffects?: Record<string, unknown>;
  /** Personal data this request revealed (unmasked IDs, a bank file, a person's status): audited as a read. */
  personalDataRead?: string[];
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};

/**
 * Runs `work` once the current command's transaction has committed (never if it rolls back); right
 * away when there is no transaction. For waking background work whose rows the command just wrote.
 */
export function afterCommit(work: () => void): void {
  const context = storage.getStore();
  if (context?.manager && context.afterCommit) context.afterCommit.push(work);
  else work();
}

/**
 * Adds what a command did beyond its own resource (records it moved, ended or re-priced) to the
 * command's audit row, under `effects`; outside a command it does nothing.
 */
export function recordInAudit(key: string, value: unknown): void {
  const context = storage.getStore();
  if (!context?.manager) return;
  context.auditEffects = { ...context.auditEffects, [key]: value };
}

/** Runs the callbacks collected during a committed transaction; a failing one cannot undo the commit. */
export function runAfterCommit(callbacks: (() => void)[] | undefined): void {
  for (const callback of callbacks ?? []) {
    try {
      callback();
    } catch {
      // The commit stands; the callback's own work has its own recovery (e.g. a periodic sweep).
    }
  }
}

/**
 * Notes that the current request reveals personal data (`what` it is); a read (GET) that does gets
 * its own audit row, `personal-data.read`, written before the answer leaves.
 */
export function recordPersonalDataRead(what: string): void {
  const context = storage.getStore();
  if (!context) return;
  context.personalDataRead ??= [];
  if (!context.personalDataRead.includes(what)) context.personalDataRead.push(what);
}

/** Who a record is written by: the subject of the request's actor, or `system` for work without one. */
export function recordedBy(): string {
  return requestContext.current()?.actor?.subject ?? 'system';
}
