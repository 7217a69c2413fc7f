import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { requestContext, runAfterCommit } from '../context/request-context';

/**
 * Gives repositories the transaction of the command being served, so that the state change, its
 * audit row, its idempotency record and its outbox events commit together.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  /** The current command's transaction, or the plain manager for queries. */
  manager(): EntityManager {
    return requestContext.current()?.manager ?? this.dataSource.manager;
  }

  /** The current command's transaction; refuses to run outside one (writes must be atomic). */
  transaction(): EntityManager {
    const manager = requestContext.current()?.manager;
    if (!manager) throw new Error('no command transaction: mark the route with @Command()');
    return manager;
  }

  /**
   * Runs use-case code outside an HTTP request (a job step, an event handler) the way a command
   * runs: in one transaction (`within`, e.g. a consumer's inbox transaction, or a new one), seen by
   * repositories and the event publisher, on behalf of `actor`.
   */
  async run<T>(work: () => Promise<T>, options: { actor: Actor; within?: EntityManager; requestId?: string }): Promise<T> {
    const requestId = options.requestId ?? randomUUID();
    const callbacks: (() => void)[] = [];
    const inside = (manager: EntityManager) => requestContext.run({ requestId, actor: options.actor, manager, afterCommit: callbacks }, work);
    const result = await (options.within ? inside(options.within) : this.dataSource.transaction((manager) => inside(manager)));
    // Within someone else's transaction (a consumer's inbox), "after commit" is after that work returns.
    runAfterCommit(callbacks);
    return result;
  }
}

/** The actor of work the service does by itself (jobs, event handlers): audited as such. */
export function systemActor(name: string): Actor {
  return { subject: `system:${name}`, system: 'internal', roles: [], districts: [] };
}
