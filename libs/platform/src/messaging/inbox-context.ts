import type { CloudEvent } from '@civic/messaging';
import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';

/**
 * What an event handler runs in: the event (the first of a batch handler's run), the consumer's inbox
 * transaction, its group, and for a batch handler every event of the run.
 */
export class InboxContext extends BaseRpcContext<[CloudEvent, EntityManager, string, CloudEvent[]?]> {
  get event(): CloudEvent {
    return this.args[0];
  }
  /** The events the handler applies: one, or a batch handler's run of them. */
  get events(): CloudEvent[] {
    return this.args[3] ?? [this.args[0]];
  }
  get transaction(): EntityManager {
    return this.args[1];
  }
  /** Consumer group, `<service>.<name>`. */
  get group(): string {
    return this.args[2];
  }
}
