import { Client } from 'pg';
import { quoteIdent } from '@civic/messaging';

/** Creates the service's schema if it is missing, so that the migrations table can live in it. */
export async function ensureSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  } catch (error) {
    // Two services starting together may race on CREATE SCHEMA; the loser finds it there.
    const exists = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    if (exists.rowCount === 0) throw error;
  } finally {
    await client.end();
  }
}
