import { quoteIdent } from '../schema-sql';

/** What the operations below need of a connection: rows for a statement (a TypeORM DataSource is one). */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

export interface WaitingOutboxRow {
  id: string;
  eventId: string;
  topic: string;
  eventType: string;
  messageKey: string;
  createdAt: string;
  attempts: number;
  lastError: string | null;
}

/** The oldest rows still waiting for Kafka, with their last error: what an operator looks at first. */
export async function waitingOutboxRows(db: Queryable, schema: string, limit = 20): Promise<WaitingOutboxRow[]> {
  const rows = await db.query(
    `SELECT id::text, event_id::text AS "eventId", topic, event_type AS "eventType", message_key AS "messageKey", created_at AS "createdAt", attempts, last_error AS "lastError"
       FROM ${quoteIdent(schema)}.outbox WHERE published_at IS NULL ORDER BY id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}

/**
 * An operator's decision on a row Kafka refuses for good: it is marked done without being sent
 * (kept, with who and why in `last_error`, until the published-row purge), and the relay goes on.
 * Returns the row discarded, or undefined when it was not waiting.
 */
export async function discardOutboxRow(
  db: Queryable,
  schema: string,
  id: string,
  decision: { operator: string; reason: string },
): Promise<WaitingOutboxRow | undefined> {
  const answer = await db.query(
    `UPDATE ${quoteIdent(schema)}.outbox SET published_at = now(), last_error = $2
      WHERE id = $1 AND published_at IS NULL
      RETURNING id::text, event_id::text AS "eventId", topic, event_type AS "eventType", message_key AS "messageKey", created_at AS "createdAt", attempts, last_error AS "lastError"`,
    [id, `discarded by ${decision.operator}: ${decision.reason}`.slice(0, 1000)],
  );
  // TypeORM answers an UPDATE with [rows, count]; a plain driver with the rows.
  const [row] = (Array.isArray(answer[0]) ? answer[0] : answer) as any[];
  return row && { ...row, createdAt: new Date(row.createdAt).toISOString() };
}
