/**
 * DDL of the messaging tables every service keeps in its own schema. Called from each service's
 * first migration, so that the shape is defined once and every service owns its copy of the data.
 */
export function messagingTablesSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.outbox (
      id bigserial PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      topic text NOT NULL,
      message_key text NOT NULL,
      event_type text NOT NULL,
      headers jsonb NOT NULL,
      payload jsonb NOT NULL,
      -- the writing transaction: the relay only takes rows of transactions older than every running one
      txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`,
    `CREATE INDEX outbox_unpublished ON ${s}.outbox (id) WHERE published_at IS NULL`,
    `CREATE INDEX outbox_published_at ON ${s}.outbox (published_at) WHERE published_at IS NOT NULL`,
    // Wakes the relay as soon as a writing transaction commits, instead of polling.
    `CREATE FUNCTION ${s}.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('civic_outbox', TG_TABLE_SCHEMA); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox FOR EACH STATEMENT EXECUTE FUNCTION ${s}.notify_outbox()`,
    `CREATE TABLE ${s}.inbox (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
  ];
}

export function dropMessagingTablesSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [`DROP TABLE ${s}.inbox`, `DROP TABLE ${s}.outbox`, `DROP FUNCTION ${s}.notify_outbox()`];
}

/** Quotes an SQL identifier; schema names come from code, never from requests, but quote anyway. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe identifier: ${name}`);
  return `"${name}"`;
}
