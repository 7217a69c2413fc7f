import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';

/** What the platform knows about the request being served, available anywhere below the controller. */
export interface RequestContext {
  requestId: string;
  traceparent?: string;
  actor?: Actor;
  /** The command's transaction, set by the command pipeline. */
  manager?: EntityManager;
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
