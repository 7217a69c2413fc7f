import { quoteIdent } from '@civic/messaging';

/**
 * What the service's runtime role may do in its schema, granted by the schema owner after every
 * migration run: read and change the data, never the structure; and on the audit log only insert
 * and read, so a compromised or buggy service cannot rewrite or erase the trail.
 */
export function runtimePrivilegesSql(schema: string, runtimeRole: string): string[] {
  const s = quoteIdent(schema);
  const r = quoteIdent(runtimeRole);
  return [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${s}.audit_log FROM ${r}`,
  ];
}

/** The user name of a postgres:// URL. */
export function roleOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).username);
}
