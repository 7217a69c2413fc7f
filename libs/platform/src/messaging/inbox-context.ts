import type { CloudEvent } from '@civic/messaging';
import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';

/** What an event handler runs in: the event, the consumer's inbox transaction and its group. */
export class InboxContext extends BaseRpcContext<[CloudEvent, EntityManager, string]> {
  get event(): CloudEvent {
    return this.args[0];
  }
  get transaction(): EntityManager {
    return this.args[1];
  }
  /** Consumer group, `<service>.<name>`. */
  get group(): string {
    return this.args[2];
  }
}
