import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestContext, runAfterCommit } from '../context/request-context';
import { systemActor } from '../persistence/unit-of-work';
import { InboxContext } from './inbox-context';

/**
 * The consumer side of the command pipeline: an event handler runs with the consumer's inbox
 * transaction as its unit of work, so repositories and the event publisher write in it and a
 * redelivered event changes nothing twice. Audited as the consumer group.
 */
@Injectable()
export class InboxTransactionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const inbox = context.switchToRpc().getContext<InboxContext>();
    const callbacks: (() => void)[] = [];
    const work = async () => {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // Within the consumer's batch transaction, "after commit" is after the handler returns.
      runAfterCommit(callbacks);
      return result;
    };
    const store = { requestId: inbox.event.requestId ?? inbox.event.id, traceparent: inbox.event.traceparent, actor: systemActor(inbox.group), manager: inbox.transaction, afterCommit: callbacks };
    return from(requestContext.run(store, work));
  }
}
