import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** How long one statement, or a transaction left idle, may hold a runtime connection. */
const RUNTIME_STATEMENT_TIMEOUT = '60s';
const RUNTIME_IDLE_IN_TRANSACTION_TIMEOUT = '60s';

/**
 * Least privilege: per service an owner role (`own_<schema>`, owns the schema, runs the
 * migrations) and a runtime role (`svc_<schema>`, what the service runs as: data only, and on the
 * audit log insert and read only, granted by the owner after migrating). Neither can read another
 * service's tables or create anything outside its schema. Idempotent: existing roles get a fresh
 * password, existing schemas are handed to their owner. Returns each service's connection URLs,
 * keyed `<SERVICE>_DATABASE_URL` and `<SERVICE>_DATABASE_OWNER_URL` as the services read them.
 */
export async function provisionServiceRoles(
  adminUrl: string,
  /** The password of a role; by default a fresh random one (local runs, tests). */
  passwordOf: (role: string) => string = () => randomBytes(18).toString('base64url'),
): Promise<Record<string, string>> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const urls: Record<string, string> = {};
  try {
    const database = (await admin.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
    // Nobody but the owner creates in public; each service has its own schema.
    await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    for (const { name: service, schema } of SERVICE_REGISTRY) {
      const owner = `own_${schema}`;
      const runtime = `svc_${schema}`;
      const prefix = serviceEnvPrefix(service);
      // Identifiers come from the fixed service list above; passwords are bound as literals by format().
      urls[`${prefix}DATABASE_OWNER_URL`] = await loginRole(admin, adminUrl, database, owner, passwordOf(owner));
      urls[`${prefix}DATABASE_URL`] = await loginRole(admin, adminUrl, database, runtime, passwordOf(runtime));
      await admin.query(`ALTER ROLE ${runtime} SET statement_timeout = '${RUNTIME_STATEMENT_TIMEOUT}'`);
      await admin.query(`ALTER ROLE ${runtime} SET idle_in_transaction_session_timeout = '${RUNTIME_IDLE_IN_TRANSACTION_TIMEOUT}'`);
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${owner}`);
      await admin.query(`ALTER SCHEMA ${schema} OWNER TO ${owner}`);
      // A database that predates the split has objects owned by the admin or the runtime role:
      // hand them to the owner (tables carry their indexes and serial sequences along).
      await admin.query(`DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
          EXECUTE format('ALTER %s %I.%I OWNER TO %I',
            CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, '${schema}', r.relname, '${owner}');
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = '${schema}' LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.signature, '${owner}');
        END LOOP;
      END $$`);
    }
  } finally {
    await admin.end();
  }
  return urls;
}

/** Creates (or re-passwords) a login role allowed to connect, and returns its connection URL. */
async function loginRole(admin: Client, adminUrl: string, database: string, role: string, password: string): Promise<string> {
  const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  // DDL takes no bind parameters: format() quotes the password as a literal inside the server.
  const statement = (
    await admin.query<{ sql: string }>(`SELECT format('%s ROLE %I LOGIN PASSWORD %L', $1::text, $2::text, $3::text) AS sql`, [
      exists.rowCount ? 'ALTER' : 'CREATE',
      role,
      password,
    ])
  ).rows[0].sql;
  await admin.query(statement);
  await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
