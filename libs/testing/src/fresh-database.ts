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
 * other tests'), connected as the admin, who owns what it migrates there, with consumer groups of
 * its own (`<name>.`), so it never takes events from the groups of the shared database's instances.
 * Returns how to undo it.
 */
export async function useFreshDatabase(service: string, name: string): Promise<() => void> {
  const prefix = serviceEnvPrefix(service);
  const keys = [`${prefix}DATABASE_URL`, `${prefix}DATABASE_OWNER_URL`, `${prefix}KAFKA_CONSUMER_GROUP_PREFIX`] as const;
  const saved = keys.map((key) => [key, process.env[key]] as const);
  process.env[keys[0]] = await freshDatabase(name);
  delete process.env[keys[1]];
  process.env[keys[2]] = `${name}.`;
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
