/**
 * npm run bench:assistance — in one run, on one machine:
 *  1. application submissions per second through the HTTP API of a real assistance process (each
 *     request writes the application, its transition, its outbox event and its audit row in one
 *     transaction), beside raw Postgres doing the same inserts in one transaction per submission with
 *     the same concurrency (pgbench-equivalent);
 *  2. a month's payment run over 50,000 and 200,000 seeded benefits: wall time, and the service
 *     process's peak resident memory (VmHWM) next to its resident memory before the run.
 * Prints a summary and, last, one JSON line. A benchmark, not a test: compare ratios, not times.
 */
import { DevIssuer } from '@civic/platform';
import { freshDatabase, launchInfrastructure } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { agent, citizenId, closedLoop, httpJson, memoryKb, POLL_MS, RunningService, startService } from './support';
import { Client, Pool } from 'pg';
import { seedPayableBenefits } from '../../services/assistance/test/support/seed-benefits';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 6000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1500);
/** Service processes taking the submissions (replicas of one deployment, requests spread round-robin). */
const REPLICAS = Number(process.env.BENCH_REPLICAS ?? 1);
const RUN_SIZES = (process.env.BENCH_RUN_SIZES ?? '50000,200000').split(',').map(Number);
const DIVISIONS = [
  '310101002',
  '310104003',
  '310105001',
  '310106001',
  '310107001',
  '310109001',
  '310110001',
  '310112001',
  '310113001',
  '310114001',
  '310115001',
  '310116001',
  '310117001',
  '310118001',
  '310120001',
  '310151001',
];
const log = (line: string) => process.stdout.write(`${line}\n`);

async function seedDivisionsAndHouseholds(url: string, households: number): Promise<string[]> {
  const db = new Client({ connectionString: url });
  db.on('error', () => undefined); // the server going away at the end of the run is not news
  await db.connect();
  try {
    for (const code of ['310000', ...new Set(DIVISIONS.map((d) => d.slice(0, 6))), ...DIVISIONS]) {
      await db.query(
        `INSERT INTO assistance.division (code, name, level, parent_code, valid_from, status, last_event_id, updated_at) VALUES ($1, $1, $2, $3, '2016-07-22', 'active', $4, now()) ON CONFLICT DO NOTHING`,
        [
          code,
          code.length === 9 ? 'township' : code === '310000' ? 'province' : 'county',
          code === '310000' ? null : code.length === 9 ? code.slice(0, 6) : '310000',
          randomUUID(),
        ],
      );
    }
    const rows = await db.query(
      `WITH h AS (
         INSERT INTO assistance.household (id, division_code, district_code, address, status, review_status, version)
         SELECT gen_random_uuid(), d, left(d, 6), 'bench', 'active', 'clear', 1 FROM generate_series(1, $1::int) i, LATERAL (SELECT ($2::text[])[1 + i % 16] AS d) x
         RETURNING id
       ), m AS (
         INSERT INTO assistance.household_member (household_id, citizen_id, name, birth_date, sex, relation, monthly_income_fen, assets_fen, active, position)
         SELECT h.id, ($3::text[])[n], '基准', '1950-01-01', 'male', 'head', 50000, 0, true, 0 FROM (SELECT id, row_number() OVER () AS n FROM h) h RETURNING household_id
       ) SELECT household_id AS id FROM m`,
      [households, DIVISIONS, Array.from({ length: households }, (_, i) => citizenId(i))],
    );
    return rows.rows.map((r: { id: string }) => r.id);
  } finally {
    await db.end();
  }
}

async function submissions(infraUrl: string, env: Record<string, string>, token: string) {
  const url = await freshDatabase('civic_bench_submit', infraUrl);
  const replicas: RunningService[] = [];
  for (let r = 0; r < REPLICAS; r++) replicas.push(await startService('assistance', { ...env, ASSISTANCE_DATABASE_URL: url }));
  const service = { stop: () => Promise.all(replicas.map((s) => s.stop())) };
  try {
    const households = await seedDivisionsAndHouseholds(url, (WARMUP + SUBMISSIONS) * 2);
    const submit = async (i: number) => {
      const res = await httpJson('POST', replicas[i % REPLICAS].port, '/api/v1/applications', { householdId: households[i], programme: 'dibao' }, token);
      if (res.status !== 201) throw new Error(`submission ${i}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await closedLoop(CONCURRENCY, WARMUP, submit);
    const api = await closedLoop(CONCURRENCY, SUBMISSIONS, (i) => submit(WARMUP + i));

    // The same inserts, straight into Postgres: application, transition, outbox event, audit row.
    const pool = new Pool({ connectionString: url, max: CONCURRENCY });
    const offset = WARMUP + SUBMISSIONS;
    const insert = async (i: number) => {
      const client = await pool.connect();
      try {
        const id = randomUUID();
        const household = households[offset + i];
        const division = DIVISIONS[i % 16];
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO assistance.application (id, household_id, programme_code, division_code, district_code, status, channel, submitted_at, stage_entered_on, stage_due_on, version) VALUES ($1, $2, 'dibao', $3, $4, 'submitted', 'bench', now(), current_date, current_date + 5, 1)`,
          [id, household, division, division.slice(0, 6)],
        );
        await client.query(
          `INSERT INTO assistance.application_transition (application_id, from_status, to_status, actor, system, request_id) VALUES ($1, NULL, 'submitted', 'bench', 'bench', $2)`,
          [id, randomUUID()],
        );
        await client.query(
          `INSERT INTO assistance.outbox (event_id, topic, message_key, event_type, headers, payload) VALUES ($1, 'assistance.application', $2, 'assistance.application.submitted.v1', $3, $4)`,
          [
            randomUUID(),
            id,
            JSON.stringify({ ce_id: id, ce_type: 'assistance.application.submitted.v1' }),
            JSON.stringify({
              applicationId: id,
              householdId: household,
              programme: 'dibao',
              divisionCode: division,
              submittedAt: new Date().toISOString(),
              channel: 'bench',
            }),
          ],
        );
        await client.query(
          `INSERT INTO assistance.audit_log (actor_subject, actor_system, action, resource_type, resource_id, request_id, method, path, status, details) VALUES ('bench', 'bench', 'application.submit', 'application', $1, $2, 'POST', '/api/v1/applications', 201, $3)`,
          [id, randomUUID(), JSON.stringify({ body: { householdId: household, programme: 'dibao' } })],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    await closedLoop(CONCURRENCY, Math.min(WARMUP, 500), (i) => insert(SUBMISSIONS + i));
    const raw = await closedLoop(CONCURRENCY, SUBMISSIONS, insert);
    await pool.end();
    return { api, raw };
  } finally {
    await service.stop();
  }
}

async function paymentRun(infraUrl: string, env: Record<string, string>, token: string, benefits: number) {
  const url = await freshDatabase(`civic_bench_run_${benefits}`, infraUrl);
  const service = await startService('assistance', { ...env, ASSISTANCE_DATABASE_URL: url });
  try {
    await seedDivisionsAndHouseholds(url, 1);
    const db = new Client({ connectionString: url });
    db.on('error', () => undefined);
    await db.connect();
    await seedPayableBenefits(db, { count: benefits, divisions: DIVISIONS, startsOn: '2026-01-01' });
    await db.query('ANALYZE');
    await db.end();
    const pid = service.process.pid!;
    const rssBeforeMb = memoryKb(pid, 'VmRSS') / 1024;
    const started = performance.now();
    const res = await httpJson('POST', service.port, '/api/v1/payment-runs', { month: '2026-04' }, token);
    if (res.status !== 202) throw new Error(`payment run: ${res.status} ${JSON.stringify(res.body)}`);
    let run = res.body;
    const deadline = Date.now() + 600_000;
    while (run.status === 'running') {
      if (Date.now() > deadline) throw new Error(`payment run still running after 600 s (${run.lines} lines)`);
      await delay(POLL_MS); // a client's polling interval
      run = (await httpJson('GET', service.port, '/api/v1/payment-runs/2026-04', undefined, token)).body;
    }
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 'completed' || run.lines !== benefits) throw new Error(`payment run ended ${run.status} with ${run.lines} lines`);
    return { benefits, seconds, rssBeforeMb, peakRssMb: memoryKb(pid, 'VmHWM') / 1024, linesPerSecond: benefits / seconds };
  } finally {
    await service.stop();
  }
}

async function main(): Promise<void> {
  log(
    `bench:assistance — concurrency ${CONCURRENCY}, ${SUBMISSIONS} submissions after ${WARMUP} warm-up, payment runs over ${RUN_SIZES.join(' and ')} benefits`,
  );
  const infra = await launchInfrastructure({ log: (l) => log(`  ${l}`) });
  const issuer = await DevIssuer.open(mkdtempSync(join(tmpdir(), 'bench-issuer-')));
  const token = await issuer.sign({ sub: 'bench', roles: ['assistance:*', 'assistance:personal-data.read'], system: 'bench', districts: [] });
  const env = { DATABASE_URL: infra.databaseUrl, KAFKA_BROKERS: infra.kafkaBrokers, AUTH_JWKS_FILE: issuer.jwksFile };
  try {
    const { api, raw } = await submissions(infra.databaseUrl, env, token);
    log(`submissions through the API: ${api.perSecond.toFixed(0)}/s (p50 ${api.p50.toFixed(1)} ms, p99 ${api.p99.toFixed(1)} ms)`);
    log(`same inserts, raw Postgres:   ${raw.perSecond.toFixed(0)}/s (p50 ${raw.p50.toFixed(1)} ms, p99 ${raw.p99.toFixed(1)} ms)`);
    log(`ratio api/raw: ${(api.perSecond / raw.perSecond).toFixed(2)} (target >= 0.5)`);
    const runs = [];
    for (const size of RUN_SIZES) {
      const r = await paymentRun(infra.databaseUrl, env, token, size);
      runs.push(r);
      log(
        `payment run over ${size} benefits: ${r.seconds.toFixed(1)} s (${r.linesPerSecond.toFixed(0)} lines/s), service RSS ${r.rssBeforeMb.toFixed(0)} MB before, peak ${r.peakRssMb.toFixed(0)} MB`,
      );
    }
    const largest = runs[runs.length - 1];
    process.stdout.write(
      `${JSON.stringify({
        submitRps: Math.round(api.perSecond),
        pgbenchEquivalentTps: Math.round(raw.perSecond),
        submitRatio: Number((api.perSecond / raw.perSecond).toFixed(3)),
        submitP99Ms: Number(api.p99.toFixed(1)),
        paymentRunSeconds: Number(largest.seconds.toFixed(2)),
        paymentRunPeakRssMb: Math.round(largest.peakRssMb),
        paymentRunBenefits: largest.benefits,
        paymentRuns: runs.map((r) => ({
          benefits: r.benefits,
          seconds: Number(r.seconds.toFixed(2)),
          peakRssMb: Math.round(r.peakRssMb),
          rssBeforeMb: Math.round(r.rssBeforeMb),
        })),
      })}\n`,
    );
  } finally {
    agent.destroy();
    await infra.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:assistance failed: ${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
