import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../context/request-context';

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
}
