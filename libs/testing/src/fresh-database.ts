import { serviceEnvPrefix } from '@civic/contracts';
import { Client } from 'pg';

/** Creates (or recreates) an empty database next to the run's one and returns its URL. */
export async function freshDatabase(name: string, baseUrl = process.env.DATABASE_URL!): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe database name: ${name}`);
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Points one service at a fresh database of its own for a test file (its data must not meet the
 * other tests'), connected as the admin, who owns what it migrates there. Returns how to undo it.
 */
export async function useFreshDatabase(service: string, name: string): Promise<() => void> {
  const prefix = serviceEnvPrefix(service);
  const saved = { url: process.env[`${prefix}DATABASE_URL`], owner: process.env[`${prefix}DATABASE_OWNER_URL`] };
  process.env[`${prefix}DATABASE_URL`] = await freshDatabase(name);
  delete process.env[`${prefix}DATABASE_OWNER_URL`];
  return () => {
    for (const [key, value] of [
      [`${prefix}DATABASE_URL`, saved.url],
      [`${prefix}DATABASE_OWNER_URL`, saved.owner],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
