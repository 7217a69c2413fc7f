import { EventContract } from '@civic/contracts';
import { OutboxWriter } from '@civic/messaging';
import { Injectable } from '@nestjs/common';
import { requestContext } from '../context/request-context';
import { UnitOfWork } from '../persistence/unit-of-work';

/** An integration event a use case raises: contract, aggregate id and data. */
export interface RaisedEvent<TData = unknown> {
  contract: EventContract<TData>;
  subject: string;
  data: TData;
}

/**
 * Writes integration events to the outbox in the current command's transaction, stamped with the
 * request id and trace context of the request that caused them (the outbox writer starts a trace for
 * work outside any request, such as a scheduled job). The rows go with the command's
 * other deferred writes in one statement at its end; their data is checked against the contract now.
 */
@Injectable()
export class EventPublisher {
  constructor(
    private readonly writer: OutboxWriter,
    private readonly uow: UnitOfWork,
  ) {}

  async publish(events: readonly RaisedEvent[]): Promise<void> {
    const context = requestContext.current();
    const insert = this.writer.insertStatement(
      events.map((e) => ({
        type: e.contract.type,
        topic: e.contract.topic,
        subject: e.subject,
        data: e.data,
        requestId: context?.requestId,
        traceparent: context?.traceparent,
      })),
    );
    if (insert) await this.uow.defer({ sql: insert.sql, params: insert.params });
  }
}
