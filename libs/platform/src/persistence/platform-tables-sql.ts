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
    `CREATE TABLE ${s}.idempotency_key (
      actor_subject text NOT NULL,
      idempotency_key text NOT NULL,
      request_hash text NOT NULL,
      method text NOT NULL,
      path text NOT NULL,
      status_code integer,
      response_body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (actor_subject, idempotency_key)
    )`,
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
