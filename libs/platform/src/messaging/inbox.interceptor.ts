import { traceIdOf } from '@civic/messaging';
import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { context as otelContext, SpanKind } from '@opentelemetry/api';
import { from, lastValueFrom, Observable } from 'rxjs';
import { RequestContext, requestContext, runAfterCommit } from '../context/request-context';
import { systemActor, UnitOfWork } from '../persistence/unit-of-work';
import { auditRowWrite } from '../audit/audit-row';
import { InboxContext } from './inbox-context';
import { openSpan } from '../telemetry/tracing';

/**
 * The consumer side of the command pipeline: an event handler runs with the consumer's inbox
 * transaction as its unit of work, so repositories and the event publisher write in it and a
 * redelivered event changes nothing twice. Audited as the consumer group, with the originating
 * request's id (`ce_requestid`) so an auditor follows a change across services. The handler works in a
 * span of the event's trace, so what it publishes and logs carries the producer's trace id.
 */
@Injectable()
export class InboxTransactionInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Inbox');

  constructor(private readonly uow: UnitOfWork) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const inbox = context.switchToRpc().getContext<InboxContext>();
    const callbacks: (() => void)[] = [];
    const span = openSpan(`${inbox.group} process`, inbox.event.traceparent, SpanKind.CONSUMER, {
      'messaging.system': 'kafka',
      'messaging.consumer.group.name': inbox.group,
      'messaging.message.id': inbox.event.id,
      'civic.event.type': inbox.event.type,
      'messaging.batch.message_count': inbox.events.length,
    });
    const store: RequestContext = {
      requestId: inbox.event.requestId ?? inbox.event.id,
      traceparent: span.traceparent,
      actor: systemActor(inbox.group),
      manager: inbox.transaction,
      afterCommit: callbacks,
    };
    const work = async () => {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // What each event changed here is audited as the consumer group, under the request that caused it.
      for (const event of inbox.events)
        await this.uow.defer(
          auditRowWrite({
            actor: store.actor!,
            action: `event:${event.type}`,
            resourceType: 'event',
            resourceId: event.subject ?? null,
            requestId: event.requestId ?? event.id,
            method: 'EVENT',
            path: event.type,
            status: 200,
            details: { eventId: event.id, source: event.source, ...(store.auditEffects ? { effects: store.auditEffects } : {}) },
          }),
        );
      await this.uow.flush(store);
      this.logger.log(
        { group: inbox.group, eventId: inbox.event.id, type: inbox.event.type, events: inbox.events.length, traceId: traceIdOf(store.traceparent) },
        'event handled',
      );
      // Within the consumer's batch transaction, "after commit" is after the handler returns.
      runAfterCommit(callbacks);
      return result;
    };
    const traced = () =>
      otelContext.with(span.context, work).then(
        (result) => (span.end(), result),
        (error: unknown) => {
          span.end({ error });
          throw error;
        },
      );
    return from(requestContext.run(store, traced));
  }
}
