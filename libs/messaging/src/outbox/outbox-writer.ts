import { eventDataErrors } from '@civic/contracts';
import { randomUUID } from 'node:crypto';
import { CloudEvent, cloudEventHeaders } from '../cloud-event';
import { quoteIdent } from '../schema-sql';
import { continueTrace } from '../trace-context';

/** Anything that runs parameterised SQL inside the caller's transaction (a TypeORM EntityManager or QueryRunner). */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface EventToPublish {
  type: string;
  topic: string;
  subject: string;
  data: unknown;
  requestId?: string;
  /** W3C trace context of the work that raised the event; without one (a migration, a job) a new trace starts. */
  traceparent?: string;
  /** Defaults to now; set it only when an event records a past moment. */
  time?: Date;
}

/** Raised when an event's data breaks its contract: a programming error, never the caller's fault. */
export class EventContractViolation extends Error {
  constructor(type: string, errors: string[]) {
    super(`event ${type} breaks its schema: ${errors.join('; ')}`);
  }
}

/**
 * Writes events to the service's outbox in the caller's transaction: the state change and the
 * events it raises commit or roll back together. Data is checked against the contract first.
 */
export class OutboxWriter {
  private readonly table: string;
  constructor(
    schema: string,
    private readonly source: string,
  ) {
    this.table = `${quoteIdent(schema)}.outbox`;
  }

  async append(executor: SqlExecutor, events: readonly EventToPublish[]): Promise<CloudEvent[]> {
    const prepared = this.insertStatement(events);
    if (prepared) await executor.query(prepared.sql, prepared.params);
    return prepared?.cloudEvents ?? [];
  }

  /**
   * The one multi-row INSERT that writes the events, for a caller that sends it itself (the unit of
   * work sends it together with the command's other writes). Data is checked against the contract here.
   */
  insertStatement(events: readonly EventToPublish[]): { sql: string; params: unknown[]; cloudEvents: CloudEvent[] } | null {
    if (events.length === 0) return null;
    const cloudEvents: CloudEvent[] = [];
    const params: unknown[] = [];
    const rows: string[] = [];
    for (const event of events) {
      const errors = eventDataErrors(event.type, event.data);
      if (errors.length) throw new EventContractViolation(event.type, errors);
      const cloudEvent: CloudEvent = {
        id: randomUUID(),
        type: event.type,
        source: this.source,
        subject: event.subject,
        time: (event.time ?? new Date()).toISOString(),
        data: event.data,
        requestId: event.requestId,
        traceparent: event.traceparent ?? continueTrace(undefined),
      };
      cloudEvents.push(cloudEvent);
      const n = params.length;
      rows.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6})`);
      params.push(cloudEvent.id, event.topic, event.subject, event.type, JSON.stringify(cloudEventHeaders(cloudEvent)), JSON.stringify(event.data));
    }
    return { sql: `INSERT INTO ${this.table} (event_id, topic, message_key, event_type, headers, payload) VALUES ${rows.join(', ')}`, params, cloudEvents };
  }
}
