/**
 * npm run chaos: the fault-injection suite (not part of npm test). On a throwaway Postgres and Kafka
 * of its own it runs community, assistance, funeral and registration under a steady load of
 * commands whose events fan out (a division reaches every read model; a death reaches assistance
 * as a lead), and meanwhile kills assistance with SIGKILL (its supervisor restarts it), stops the
 * broker for 30 s and restarts Postgres. Then it lets everything settle and checks that every
 * command answered 2xx is in its database, every outbox row reached Kafka, every consumer effect
 * happened exactly once and nothing is on a DLQ. The last line it prints is one JSON object:
 * commandsOk, lost, duplicateEffects, deadLettered (the last three must be 0), and more.
 *
 *   npm run chaos [-- --seconds 150 --workers 3]
 */
import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { KafkaGateway, MessagingLogger, readTopicsToEnd } from '@civic/messaging';
import { DevIssuer, provisionServiceRoles } from '@civic/platform';
import {
  freePort,
  launchInfrastructure,
  launchKafka,
  launchPostgres,
  newBirthDate,
  newCitizenId,
  repoRoot,
  RunningKafka,
  RunningPostgres,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { SupervisedService } from './service-supervisor';

const SERVICES = ['community', 'assistance', 'funeral', 'registration'] as const;
type Name = (typeof SERVICES)[number];
const DIVISION_READERS: Name[] = ['assistance', 'funeral', 'registration'];
const quiet: MessagingLogger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
const log = (line: string) => process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Done {
  kind: 'division' | 'household' | 'death';
  key: string;
  citizenId?: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '150' }, workers: { type: 'string', default: '3' } } });
  const loadSeconds = Number(values.seconds);
  // Its own infrastructure, kept in a folder so that a stopped broker or database comes back with its data.
  for (const key of Object.keys(process.env)) if (/(DATABASE(_OWNER)?_URL|KAFKA_BROKERS|KAFKA_(SASL|SSL)_?\w*)$/.test(key)) delete process.env[key];
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-chaos-'));
  const ports = { postgres: await freePort(), kafka: await freePort() };
  const infra = await launchInfrastructure({ dataDir, postgresPort: ports.postgres, kafkaPort: ports.kafka, log });
  let postgres: RunningPostgres = infra.postgres;
  let kafka: RunningKafka = infra.kafka;
  const adminUrl = infra.databaseUrl;
  const issuer = await DevIssuer.open(join(dataDir, 'issuer'));
  const token = await issuer.sign({ sub: 'chaos-operator', roles: ['platform:admin'], system: 'chaos', districts: [], expiresIn: '2h' });
  const servicePorts = Object.fromEntries(await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const))) as Record<Name, number>;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(await provisionServiceRoles(adminUrl)),
    KAFKA_BROKERS: infra.kafkaBrokers,
    AUTH_JWKS_FILE: issuer.jwksFile,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  for (const name of SERVICES) env[`${serviceEnvPrefix(name)}PORT`] = String(servicePorts[name]);
  const supervised = Object.fromEntries(
    SERVICES.map((name) => [
      name,
      new SupervisedService({
        name,
        command: process.execPath,
        args: [join(repoRoot(), 'dist', 'services', name, 'src', 'main.js')],
        env,
        log,
        initialBackoffMs: 500,
        maxQuickCrashes: 50,
        // The services' logs go to stderr: stdout carries only the result line.
        output: 'stderr',
      }),
    ]),
  ) as Record<Name, SupervisedService>;
  const faults: string[] = [];
  try {
    for (const service of Object.values(supervised)) service.start();
    await Promise.all(
      SERVICES.map((name) => until(`${name} ready`, async () => (await fetch(`${base(name)}/health/ready`).catch(() => undefined))?.status === 200, 180_000)),
    );

    // The street the load works in, known to every read model before the load starts.
    const street = '310104003';
    await command('community', '/api/v1/divisions', { code: street, name: '混沌测试街道' });
    await Promise.all(
      DIVISION_READERS.map((name) => until(`${name} knows ${street}`, async () => (await get(name, `/api/v1/divisions/${street}`)) === 200, 120_000)),
    );

    // The load: each worker registers a committee, a household, and the death of an earlier household's head.
    const done: Done[] = [];
    let failed = 0;
    let stopLoad = false;
    let serial = 0;
    const worker = async () => {
      const heads: string[] = [];
      while (!stopLoad) {
        const n = ++serial;
        const code = `${street}${String(100 + n).padStart(3, '0')}`;
        if (n < 900)
          await record(
            done,
            { kind: 'division', key: code },
            () => command('community', '/api/v1/divisions', { code, name: `混沌居委${n}` }),
            () => failed++,
          );
        const citizenId = newCitizenId(newBirthDate(1950));
        await record(
          done,
          { kind: 'household', key: '', citizenId },
          () =>
            command('assistance', '/api/v1/households', {
              divisionCode: street,
              address: `混沌路${n}号`,
              members: [{ citizenId, name: '混沌户主', relation: 'head', monthlyIncome: '0.00', assets: '0.00' }],
            }),
          () => failed++,
        );
        heads.push(citizenId);
        if (heads.length > 1) {
          const dead = heads.shift()!;
          await record(
            done,
            { kind: 'death', key: '', citizenId: dead },
            () =>
              command('funeral', '/api/v1/death-records', {
                citizenId: dead,
                name: '混沌户主',
                dateOfDeath: yesterday(),
                placeOfDeath: '某医院',
                divisionCode: street,
                funeralHome: '龙华殡仪馆',
                certificateNo: `CH${n}`,
              }),
            () => failed++,
          );
        }
      }
    };
    const workers = Array.from({ length: Number(values.workers) }, () => worker());
    const started = Date.now();
    const at = (seconds: number) => pause(Math.max(0, started + seconds * 1000 - Date.now()));

    // The faults, spread over the load.
    await at(loadSeconds * 0.15);
    const killed = supervised.assistance.pid!;
    process.kill(killed, 'SIGKILL');
    faults.push(`SIGKILL assistance (pid ${killed}); restarted by its supervisor`);
    log(faults[faults.length - 1]);
    await at(loadSeconds * 0.35);
    await kafka.stop();
    faults.push('Kafka stopped for 30 s');
    log(faults[faults.length - 1]);
    await pause(30_000);
    kafka = await launchKafka({ dataDir: join(dataDir, 'kafka'), port: ports.kafka, log });
    log('Kafka back');
    await at(loadSeconds * 0.7);
    await postgres.stop();
    faults.push('Postgres restarted');
    log('Postgres stopped');
    postgres = await launchPostgres({ dataDir: join(dataDir, 'postgres'), port: ports.postgres, log });
    log('Postgres back');
    await at(loadSeconds);
    stopLoad = true;
    await Promise.all(workers);
    log(`load over: ${done.length} commands answered 2xx, ${failed} gave up`);

    // Settle: every outbox drained, every consumer caught up (or the deadline says what is missing).
    const db = new Client({ connectionString: adminUrl });
    await db.connect();
    try {
      const pendingOutbox = async () => {
        let n = 0;
        for (const name of SERVICES)
          n += (await db.query(`SELECT count(*)::int AS n FROM ${SERVICE_SCHEMA[name]}.outbox WHERE published_at IS NULL`)).rows[0].n;
        return n;
      };
      const divisions = done.filter((d) => d.kind === 'division').map((d) => d.key);
      const deaths = done.filter((d) => d.kind === 'death').map((d) => d.citizenId!);
      const missingEffects = async () => {
        let missing = 0;
        for (const name of DIVISION_READERS) {
          const found = (await db.query(`SELECT count(*)::int AS n FROM ${SERVICE_SCHEMA[name]}.division WHERE code = ANY($1)`, [divisions])).rows[0].n;
          missing += divisions.length - found;
        }
        const leads = (
          await db.query(
            `SELECT count(DISTINCT citizen_id)::int AS n FROM assistance.lead WHERE rule_code = 'death-of-household-member' AND citizen_id = ANY($1)`,
            [deaths],
          )
        ).rows[0].n;
        return missing + deaths.length - leads;
      };
      await until('outboxes drained and consumers caught up', async () => (await pendingOutbox()) === 0 && (await missingEffects()) === 0, 300_000).catch((e) =>
        log(String(e)),
      );

      // Lost: a 2xx command whose record is not in its database.
      const idsOf = (kind: Done['kind']) => done.filter((d) => d.kind === kind).map((d) => d.key);
      const stored = async (sql: string, keys: string[]) => keys.length - (await db.query(sql, [keys])).rows[0].n;
      const lost =
        (await stored(`SELECT count(*)::int AS n FROM community.division WHERE code = ANY($1)`, divisions)) +
        (await stored(`SELECT count(*)::int AS n FROM assistance.household WHERE id = ANY($1::uuid[])`, idsOf('household'))) +
        (await stored(`SELECT count(*)::int AS n FROM funeral.death_record WHERE id = ANY($1::uuid[])`, idsOf('death')));

      // Every outbox row on Kafka: each event id of the outboxes is read back from its topic.
      const gateway = new KafkaGateway('civic-chaos-check', [`127.0.0.1:${ports.kafka}`], quiet);
      const outboxEvents = new Map<string, string>();
      for (const name of SERVICES) {
        for (const r of (await db.query(`SELECT event_id::text AS id, topic FROM ${SERVICE_SCHEMA[name]}.outbox`)).rows) outboxEvents.set(r.id, r.topic);
      }
      const onKafka = new Set(
        (await readTopicsToEnd(gateway, [...new Set(outboxEvents.values())])).map(({ message }) => message.headers?.ce_id?.toString() ?? ''),
      );
      const notOnKafka = [...outboxEvents.keys()].filter((id) => !onKafka.has(id)).length;
      // Exactly once: an event's effect in a consumer group is audited with it, in the same transaction
      // (a service's several groups may each take the same event: one row per event and group).
      let duplicateEffects = 0;
      for (const name of SERVICES) {
        duplicateEffects += (
          await db.query(
            `SELECT count(*)::int AS n FROM (SELECT details->>'eventId', actor_subject FROM ${SERVICE_SCHEMA[name]}.audit_log WHERE method = 'EVENT' GROUP BY 1, 2 HAVING count(*) > 1) d`,
          )
        ).rows[0].n;
      }
      duplicateEffects += (
        await db.query(`SELECT count(*)::int AS n FROM (SELECT citizen_id FROM assistance.lead WHERE citizen_id = ANY($1) GROUP BY 1 HAVING count(*) > 1) d`, [
          deaths,
        ])
      ).rows[0].n;
      const dlqTopics = (
        await gateway.kafka
          .admin()
          .listTopics()
          .catch(() => [] as string[])
      ).filter((t) => t.endsWith('.dlq'));
      const deadLettered = [...(await gateway.topicSizes(dlqTopics)).values()].reduce((a, b) => a + b, 0);
      await gateway.close();
      const result = {
        commandsOk: done.length,
        commandsGaveUp: failed,
        lost,
        unpublished: await pendingOutbox(),
        notOnKafka,
        missingEffects: await missingEffects(),
        duplicateEffects,
        deadLettered,
        restarts: Object.fromEntries(SERVICES.map((name) => [name, supervised[name].restarts])),
        faults,
        loadSeconds,
      };
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return result.lost + result.unpublished + result.notOnKafka + result.missingEffects + result.duplicateEffects + result.deadLettered === 0 ? 0 : 1;
    } finally {
      await db.end();
    }
  } finally {
    await Promise.all(Object.values(supervised).map((s) => s.stop(35_000)));
    await Promise.allSettled([kafka.stop(), postgres.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }

  function base(name: Name): string {
    return `http://127.0.0.1:${servicePorts[name]}`;
  }

  async function get(name: Name, path: string): Promise<number> {
    return (await fetch(`${base(name)}${path}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined))?.status ?? 0;
  }

  /** A command as a careful client sends it: one Idempotency-Key, retried on 5xx or no answer for up to a minute. */
  async function command(name: Name, path: string, body: unknown): Promise<{ status: number; body: any }> {
    const key = randomUUID();
    const deadline = Date.now() + 60_000;
    for (let wait = 250; ; wait = Math.min(wait * 2, 5_000)) {
      const res = await fetch(`${base(name)}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      }).catch(() => undefined);
      if (res && res.status < 500) return { status: res.status, body: await res.json().catch(() => undefined) };
      if (Date.now() > deadline) return { status: res?.status ?? 0, body: undefined };
      await pause(wait);
    }
  }
}

const SERVICE_SCHEMA = Object.fromEntries(SERVICE_REGISTRY.map((s) => [s.name, s.schema])) as Record<Name, string>;

async function record(done: Done[], what: Done, send: () => Promise<{ status: number; body: any }>, gaveUp: () => void): Promise<void> {
  const res = await send();
  if (res.status >= 200 && res.status < 300) done.push({ ...what, key: what.key || String(res.body?.id ?? '') });
  else gaveUp();
}

async function until(what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await pause(500);
  }
}

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chaos: ${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
