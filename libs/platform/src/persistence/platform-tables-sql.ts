import { dropMessagingTablesSql, messagingTablesSql, quoteIdent } from '@civic/messaging';

/** Audit trail and idempotency records, kept in each service's own schema. */
export function platformTablesSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.audit_log (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor_subject text NOT NULL,
      actor_system text NOT NULL,
      action text NOT NULL,
      resource_type text NOT NULL,
      resource_id text,
      request_id text,
      method text NOT NULL,
      path text NOT NULL,
      status integer NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'
    )`,
    `CREATE INDEX audit_log_resource ON ${s}.audit_log (resource_type, resource_id, occurred_at)`,
    `CREATE INDEX audit_log_actor ON ${s}.audit_log (actor_subject, occurred_at)`,
    // A key is the caller's: the same key from another person or another calling system is another request.
    `CREATE TABLE ${s}.idempotency_key (
      actor_subject text NOT NULL,
      actor_system text NOT NULL DEFAULT '',
      idempotency_key text NOT NULL,
      request_hash text NOT NULL,
      method text NOT NULL,
      path text NOT NULL,
      status_code integer,
      response_body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (actor_subject, actor_system, idempotency_key)
    )`,
    `CREATE INDEX idempotency_key_created_at ON ${s}.idempotency_key (created_at)`,
  ];
}

/** Everything a service's first migration creates before its own tables. */
export function serviceFoundationSql(schema: string): string[] {
  return [...messagingTablesSql(schema), ...platformTablesSql(schema)];
}

export function dropServiceFoundationSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [`DROP TABLE ${s}.idempotency_key`, `DROP TABLE ${s}.audit_log`, ...dropMessagingTablesSql(schema)];
}

/**
 * Brings an idempotency table created before keys were scoped by calling system to today's shape
 * (a database whose foundation already has it, or that has none yet, is left alone).
 */
export function idempotencyScopeUpgradeSql(schema: string): string[] {
  const s = quoteIdent(schema);
  const literal = `'${schema.replace(/'/g, "''")}'`;
  return [
    `DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = ${literal} AND table_name = 'idempotency_key')
         AND NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = ${literal} AND table_name = 'idempotency_key' AND column_name = 'actor_system') THEN
        ALTER TABLE ${s}.idempotency_key ADD COLUMN actor_system text NOT NULL DEFAULT '';
        ALTER TABLE ${s}.idempotency_key DROP CONSTRAINT idempotency_key_pkey;
        ALTER TABLE ${s}.idempotency_key ADD PRIMARY KEY (actor_subject, actor_system, idempotency_key);
        CREATE INDEX idempotency_key_created_at ON ${s}.idempotency_key (created_at);
      END IF;
    END $$`,
  ];
}
