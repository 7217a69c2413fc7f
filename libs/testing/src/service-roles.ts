import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Least privilege: one login role per service, owning only its own schema. A service connected
 * with it cannot read another service's tables, and cannot create anything outside its schema.
 * Idempotent: existing roles get a fresh password, existing schemas are left as they are. Returns
 * the connection URL of each service, keyed `<SERVICE>_DATABASE_URL` as the services read them.
 */
export async function provisionServiceRoles(adminUrl: string): Promise<Record<string, string>> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const urls: Record<string, string> = {};
  try {
    const database = (await admin.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
    // Nobody but the owner creates in public; each service has its own schema.
    await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    for (const { name: service, schema } of SERVICE_REGISTRY) {
      const role = `svc_${schema}`;
      const password = randomBytes(18).toString('base64url');
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      // Identifiers come from the fixed service list above; the password is a quoted literal of base64url characters.
      await admin.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN PASSWORD '${password}'`);
      await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${role}`);
      await admin.query(`ALTER SCHEMA ${schema} OWNER TO ${role}`);
      // A database that predates the roles has objects owned by the admin: hand them over too
      // (tables carry their indexes and serial sequences along).
      await admin.query(`DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
          EXECUTE format('ALTER %s %I.%I OWNER TO %I',
            CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, '${schema}', r.relname, '${role}');
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = '${schema}' LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.signature, '${role}');
        END LOOP;
      END $$`);
      const url = new URL(adminUrl);
      url.username = role;
      url.password = password;
      urls[`${serviceEnvPrefix(service)}DATABASE_URL`] = url.toString();
    }
  } finally {
    await admin.end();
  }
  return urls;
}
