/**
 * npm run bench:beds — 保基本养老床位轮候 at city scale: 100,000 elders waiting over the 16 districts
 * with mixed priorities (特困/低保/none, care levels, ages, application times), 2,000 vacant
 * basic-guarantee beds, and the allocation of all of them fired at once through the eldercare HTTP
 * API. Checks from the database that no bed or elder was offered twice and that no offer skipped a
 * higher-priority elder of its district; then times the caseworker's position query on the list.
 * Baseline in the same run: the same number of GET /health/ready round trips (the HTTP floor).
 * Prints a summary and, last, one JSON line. A benchmark, not a test.
 */
import { BusinessDate } from '@civic/domain-kernel';
import { DevIssuer } from '@civic/platform';
import { freshDatabase, launchInfrastructure } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DEFAULT_WAITING_LIST_POLICY, priorityKey } from '../../services/eldercare/src/waiting-list/domain/waiting-list-policy';
import { agent, citizenId, httpJson, startService } from './support';

const ELDERS = Number(process.env.BENCH_ELDERS ?? 100_000);
const BEDS = Number(process.env.BENCH_BEDS ?? 2_000);
const POSITION_QUERIES = Number(process.env.BENCH_POSITION_QUERIES ?? 1_000);
const DISTRICTS = [
  '310101',
  '310104',
  '310105',
  '310106',
  '310107',
  '310109',
  '310110',
  '310112',
  '310113',
  '310114',
  '310115',
  '310116',
  '310117',
  '310118',
  '310120',
  '310151',
];
const log = (line: string) => process.stdout.write(`${line}\n`);

/** A deterministic spread of priorities: about 5% 特困, 15% 低保, care levels 0-6 or none, births 1925-1965, a year of applications. */
function elder(i: number): { citizenId: string; district: string; key: string; appliedAt: Date } {
  const r = (n: number) => ((i * 2654435761) >>> n) % 1000;
  const programmes = r(3) < 50 ? ['tekun'] : r(3) < 200 ? ['dibao'] : [];
  const careLevel = r(7) < 150 ? null : r(7) % 7;
  const birthDate = BusinessDate.parse(new Date(Date.UTC(1925, 0, 1) + (r(11) * 14_600 * 86_400_000) / 1000).toISOString().slice(0, 10));
  const appliedAt = new Date(Date.UTC(2025, 0, 1) + ((r(13) * 365) / 1000) * 86_400_000 + i);
  return {
    citizenId: citizenId(i),
    district: DISTRICTS[i % DISTRICTS.length],
    key: priorityKey(DEFAULT_WAITING_LIST_POLICY, { programmes, careLevel, birthDate, appliedAt }),
    appliedAt,
  };
}

async function main(): Promise<void> {
  log(`bench:beds — ${ELDERS} waiting elders over ${DISTRICTS.length} districts, ${BEDS} vacant basic-guarantee beds allocated at once`);
  const infra = await launchInfrastructure({ log: (l) => log(`  ${l}`) });
  const issuer = await DevIssuer.open(mkdtempSync(join(tmpdir(), 'bench-issuer-')));
  const token = await issuer.sign({ sub: 'bench', roles: ['eldercare:*', 'eldercare:personal-data.read'], system: 'bench', districts: [] });
  const url = await freshDatabase('civic_bench_beds', infra.databaseUrl);
  const service = await startService('eldercare', {
    DATABASE_URL: infra.databaseUrl,
    ELDERCARE_DATABASE_URL: url,
    KAFKA_BROKERS: infra.kafkaBrokers,
    AUTH_JWKS_FILE: issuer.jwksFile,
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const db = new Client({ connectionString: url });
  db.on('error', () => undefined);
  await db.connect();
  try {
    log('seeding divisions, facilities, beds and the line');
    for (const code of DISTRICTS) {
      await db.query(
        `INSERT INTO eldercare.division (code, name, level, parent_code, valid_from, status, last_event_id, updated_at) VALUES ($1, $1, 'county', NULL, '2016-07-22', 'active', gen_random_uuid(), now())`,
        [code],
      );
      const facility = randomUUID();
      await db.query(
        `INSERT INTO eldercare.facility (id, name, kind, division_code, district_code, address, operator_name, operator_uscc, licensed_capacity, filing_status, filed_on, credit_score, version)
         VALUES ($1, $2, 'institution', $3, $3, '地址', '运营方', '91310104MA1FL5LX3J', 10000, 'filed', '2024-01-01', 100, 1)`,
        [facility, `保基本养老院${code}`, code],
      );
      const perDistrict = Math.ceil(BEDS / DISTRICTS.length);
      await db.query(
        `INSERT INTO eldercare.bed (id, facility_id, division_code, district_code, code, kind, status, version)
         SELECT gen_random_uuid(), $1, $2, $2, 'B' || lpad(n::text, 5, '0'), 'basic-guarantee', 'in-service', 1 FROM generate_series(1, $3) n`,
        [facility, code, Math.min(perDistrict, BEDS - DISTRICTS.indexOf(code) * perDistrict)],
      );
    }
    for (let start = 0; start < ELDERS; start += 10_000) {
      const batch = Array.from({ length: Math.min(10_000, ELDERS - start) }, (_, k) => elder(start + k));
      await db.query(
        `INSERT INTO eldercare.waiting_entry (id, citizen_id, name, division_code, district_code, applied_at, status, declines, priority_key, version)
         SELECT gen_random_uuid(), c, '老人', d, d, a, 'waiting', 0, k, 1 FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[]) AS t(c, d, a, k)`,
        [batch.map((e) => e.citizenId), batch.map((e) => e.district), batch.map((e) => e.appliedAt), batch.map((e) => e.key)],
      );
    }
    // What autovacuum does after a bulk load: statistics, and the visibility map that lets a position be an index-only count.
    for (const table of ['waiting_entry', 'bed', 'bed_offer']) await db.query(`VACUUM (ANALYZE) eldercare.${table}`);
    const sample: string[] = (await db.query(`SELECT id FROM eldercare.waiting_entry ORDER BY random() LIMIT $1`, [POSITION_QUERIES])).rows.map((r) => r.id);

    // Warm-up and the HTTP floor: the same number of readiness round trips, all at once.
    const floor = await timed(BEDS, () => httpJson('GET', service.port, '/health/ready'));

    const statuses = new Map<number, number>();
    let retries = 0;
    // A 503 (no pooled connection within DB_ACQUIRE_TIMEOUT_MS) says "retry": the client does, as a caller would.
    const burst = await timed(BEDS, async (i) => {
      for (;;) {
        const res = await httpJson('POST', service.port, '/api/v1/bed-allocations', { districtCode: DISTRICTS[i % DISTRICTS.length] }, token);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status !== 503) return;
        retries += 1;
      }
    });

    // The caseworker's query as one caseworker sees it (one at a time), and under 32 at once; the
    // readiness round trip one at a time is the floor of the same HTTP path.
    const position = async (i: number) => {
      const res = await httpJson('GET', service.port, `/api/v1/waiting-list/${sample[i]}`, undefined, token);
      if (res.status !== 200) throw new Error(`position query: ${res.status}`);
    };
    const positions = await timed(POSITION_QUERIES, position, 1);
    const positionsUnderLoad = await timed(POSITION_QUERIES, position, 32);
    const readinessOneAtATime = await timed(POSITION_QUERIES, () => httpJson('GET', service.port, '/health/ready'), 1);

    const [{ offers, beds_twice, elders_twice }] = (
      await db.query(`SELECT (SELECT count(*)::int FROM eldercare.bed_offer WHERE status = 'open') AS offers,
        (SELECT count(*)::int FROM (SELECT bed_id FROM eldercare.bed_offer WHERE status = 'open' GROUP BY bed_id HAVING count(*) > 1) b) AS beds_twice,
        (SELECT count(*)::int FROM (SELECT entry_id FROM eldercare.bed_offer WHERE status = 'open' GROUP BY entry_id HAVING count(*) > 1) e) AS elders_twice`)
    ).rows;
    // An inversion: an elder still waiting in a district who sorts ahead of an elder offered a bed there (with no recorded skip).
    const [{ inversions }] = (
      await db.query(`SELECT count(*)::int AS inversions FROM eldercare.waiting_entry w
        WHERE w.status = 'waiting' AND EXISTS (SELECT 1 FROM eldercare.bed_offer o JOIN eldercare.waiting_entry e ON e.id = o.entry_id
          WHERE o.status = 'open' AND o.skip_reason IS NULL AND e.district_code = w.district_code AND (w.priority_key, w.id) < (e.priority_key, e.id))`)
    ).rows;
    const allocations = statuses.get(201) ?? 0;
    log(`answers: ${[...statuses].map(([s, n]) => `${n} x ${s}`).join(', ')} (${retries} retried after 503)`);
    log(
      `${allocations} allocations (database: ${offers} open offers); beds offered twice ${beds_twice}, elders offered twice ${elders_twice}, priority inversions ${inversions}`,
    );
    log(
      `allocation burst: ${burst.perSec.toFixed(0)}/s, p50 ${burst.p(0.5).toFixed(0)} ms, p99 ${burst.p(0.99).toFixed(0)} ms; HTTP floor (readiness, same burst): ${floor.perSec.toFixed(0)}/s`,
    );
    log(
      `position query on ${ELDERS} entries, one at a time: p50 ${positions.p(0.5).toFixed(1)} ms, p99 ${positions.p(0.99).toFixed(1)} ms ` +
        `(readiness one at a time: p99 ${readinessOneAtATime.p(0.99).toFixed(1)} ms); 32 in flight: p50 ${positionsUnderLoad.p(0.5).toFixed(1)} ms, p99 ${positionsUnderLoad.p(0.99).toFixed(1)} ms`,
    );
    const result = {
      elders: ELDERS,
      beds: BEDS,
      allocations,
      doubleAllocations: beds_twice + elders_twice + Math.max(0, offers - BEDS),
      priorityInversions: inversions,
      allocationsPerSec: Math.round(burst.perSec),
      p99Ms: Math.round(burst.p(0.99)),
      nextInLineP99Ms: Number(positions.p(0.99).toFixed(1)),
      nextInLineP99MsAt32InFlight: Number(positionsUnderLoad.p(0.99).toFixed(1)),
      baselineReadinessP99Ms: Number(readinessOneAtATime.p(0.99).toFixed(1)),
      baselineReadinessPerSec: Math.round(floor.perSec),
      retriedAfter503: retries,
      statuses: Object.fromEntries(statuses),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (allocations !== BEDS || result.doubleAllocations !== 0 || inversions !== 0) process.exitCode = 1;
  } finally {
    await db.end();
    agent.destroy();
    await service.stop();
    await infra.stop();
  }
}

/** Runs `n` calls, `inFlight` at a time (all at once by default), and returns the rate and latency percentiles. */
async function timed(n: number, call: (i: number) => Promise<unknown>, inFlight = n): Promise<{ perSec: number; p: (q: number) => number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(inFlight, n) }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await call(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSec: n / seconds, p: (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] };
}

main().catch((error) => {
  process.stderr.write(`bench:beds failed: ${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
