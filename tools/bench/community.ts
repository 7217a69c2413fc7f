/**
 * npm run bench:community — in one run, on one machine:
 *  1. the community cloud's bulk import (人房数据) through the API of a real community process: a small
 *     file first, then one file per district (1,000,000 persons with their dwellings over the 16
 *     districts by default): persons per second from the first upload to the last import completed,
 *     and the service's peak resident memory (VmHWM) after the small file and after the large ones;
 *     beside it, raw Postgres doing the same set-wise inserts (no checks, no report) for one file;
 *  2. the advisers' tag search (`GET /persons?tag=独居老人&divisionCode=<sub-district>`, following
 *     `next` for up to three pages) over the imported city, 5% of residents tagged: p50/p99 per page request;
 *  3. automatic tags driven by 10,000 benefit-granted events sent to Kafka, until community has
 *     tagged every member 低保户: events per second.
 * Prints a summary and, last, one JSON line. A benchmark, not a test: compare ratios, not times.
 */
import { BenefitGranted } from '@civic/contracts';
import { DevIssuer } from '@civic/platform';
import { freshDatabase, launchInfrastructure, TestBroker } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from 'pg';
import { agent, citizenId, closedLoop, httpJson, memoryKb, POLL_MS, startService } from './support';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const SMALL_FILE = Number(process.env.BENCH_SMALL_FILE ?? 6_250);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 2000);
const TAG_EVENTS = Number(process.env.BENCH_TAG_EVENTS ?? 10_000);
/** Advisers searching at once. */
const ADVISERS = Number(process.env.BENCH_ADVISERS ?? 4);
/** Districts uploading at once (each district's office sends its own file). */
const UPLOADS_AT_ONCE = Number(process.env.BENCH_UPLOADS_AT_ONCE ?? 2);
const SUB_DISTRICTS = 4;
const COMMITTEES = 10;
const HEADER = 'committeeCode,address,dwellingKind,citizenId,name,movedInOn';
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Sub-districts and committees under each district (the districts are the service's own seed). */
async function seedDivisions(db: Client): Promise<{ districts: string[]; subDistricts: string[] }> {
  const districts = (await db.query(`SELECT code FROM community.division WHERE level = 'county' ORDER BY code`)).rows.map((r) => r.code as string);
  const subDistricts = districts.flatMap((d) => Array.from({ length: SUB_DISTRICTS }, (_, s) => `${d}${String(s + 1).padStart(3, '0')}`));
  const committees = subDistricts.flatMap((s) => Array.from({ length: COMMITTEES }, (_, c) => `${s}${String(c + 1).padStart(3, '0')}`));
  await db.query(
    `INSERT INTO community.division (code, name, level, parent_code, valid_from, status, version)
     SELECT c, c, CASE WHEN length(c) = 9 THEN 'township' ELSE 'committee' END, left(c, length(c) - 3), '2016-07-22', 'active', 1
       FROM unnest($1::text[]) AS c ORDER BY length(c)`,
    [[...subDistricts, ...committees]],
  );
  return { districts, subDistricts };
}

/** A committee's file: two residents per dwelling, spread over the district's committees. */
function districtFile(district: string, from: number, count: number): string {
  const lines = [HEADER];
  for (let k = 0; k < count; k++) {
    const i = from + k;
    const committee = `${district}${String(1 + (k % SUB_DISTRICTS)).padStart(3, '0')}${String(1 + (Math.floor(k / SUB_DISTRICTS) % COMMITTEES)).padStart(3, '0')}`;
    const dwelling = Math.floor(k / (2 * SUB_DISTRICTS * COMMITTEES));
    lines.push(`${committee},基准路${dwelling}号,apartment,${citizenId(i)},居民${i},2015-01-01`);
  }
  return `${lines.join('\n')}\n`;
}

function uploadCsv(port: number, csv: string, token: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/person-imports',
        method: 'POST',
        agent,
        headers: { 'content-type': 'text/csv', 'content-length': Buffer.byteLength(csv), authorization: `Bearer ${token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(csv);
  });
}

async function importFile(port: number, csv: string, token: string): Promise<number> {
  const res = await uploadCsv(port, csv, token);
  if (res.status !== 202) throw new Error(`import: ${res.status} ${JSON.stringify(res.body)}`);
  let job = res.body;
  const deadline = Date.now() + 1_800_000;
  while (job.status === 'queued' || job.status === 'running') {
    if (Date.now() > deadline) throw new Error(`import still ${job.status} after 30 min (${job.processedRows} rows)`);
    await delay(POLL_MS); // a client's polling interval
    job = (await httpJson('GET', port, `/api/v1/person-imports/${job.id}`, undefined, token)).body;
  }
  if (job.status !== 'completed' || job.rejectedRows !== 0) throw new Error(`import ended ${job.status} with ${job.rejectedRows} rejected rows`);
  return job.acceptedRows;
}

/** The same rows' inserts straight into Postgres, set-wise in batches of 2,000, without checks or report: the floor an import can approach. */
async function rawInserts(db: Client, district: string, from: number, count: number): Promise<number> {
  const started = performance.now();
  for (let k = 0; k < count; k += 2000) {
    const n = Math.min(2000, count - k);
    const rows = Array.from({ length: n }, (_, j) => {
      const i = from + k + j;
      return { committee: `${district}001001`, address: `原始路${Math.floor((k + j) / 2)}号`, citizenId: citizenId(i), name: `居民${i}` };
    });
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO community.dwelling (id, committee_code, district_code, address, kind, version)
       SELECT gen_random_uuid(), c, left(c, 6), a, 'apartment', 1 FROM unnest($1::text[], $2::text[]) AS d(c, a) ON CONFLICT DO NOTHING`,
      [rows.map((r) => r.committee), rows.map((r) => r.address)],
    );
    await db.query(
      `WITH x AS (SELECT gen_random_uuid() AS id, d.id AS dwelling_id, c, n, d.committee_code FROM unnest($1::text[], $2::text[], $3::text[]) AS r(c, n, a)
                   JOIN community.dwelling d ON d.committee_code = $4 AND d.address = r.a),
            p AS (INSERT INTO community.person (id, citizen_id, name, dwelling_id, committee_code, district_code, status, version)
                  SELECT id, c, n, dwelling_id, committee_code, left(committee_code, 6), 'resident', 1 FROM x RETURNING id)
       INSERT INTO community.person_residence (person_id, dwelling_id, committee_code, from_date) SELECT x.id, x.dwelling_id, x.committee_code, '2015-01-01' FROM x JOIN p USING (id)`,
      [rows.map((r) => r.citizenId), rows.map((r) => r.name), rows.map((r) => r.address), `${district}001001`],
    );
    await db.query('COMMIT');
  }
  return count / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  log(`bench:community — import ${PERSONS} persons over the 16 districts, ${SEARCHES} tag searches, ${TAG_EVENTS} benefit events`);
  const infra = await launchInfrastructure({ log: (l) => log(`  ${l}`) });
  const issuer = await DevIssuer.open(mkdtempSync(join(tmpdir(), 'bench-issuer-')));
  const token = await issuer.sign({ sub: 'bench', roles: ['community:*', 'community:personal-data.read'], system: 'bench', districts: [] });
  const url = await freshDatabase('civic_bench_community', infra.databaseUrl);
  const env = {
    DATABASE_URL: infra.databaseUrl,
    COMMUNITY_DATABASE_URL: url,
    KAFKA_BROKERS: infra.kafkaBrokers,
    AUTH_JWKS_FILE: issuer.jwksFile,
    RATE_LIMIT_PER_MINUTE: '0', // one caller stands for many advisers
  };
  const service = await startService('community', env);
  const db = new Client({ connectionString: url });
  db.on('error', () => undefined); // the server going away at the end of the run is not news
  await db.connect();
  const broker = new TestBroker('bench-assistance', infra.kafkaBrokers.split(','));
  try {
    const pid = service.process.pid!;
    const { districts, subDistricts } = await seedDivisions(db);
    const rssBeforeMb = memoryKb(pid, 'VmRSS') / 1024;

    // 1. The import: a small file, then a file per district.
    await importFile(service.port, districtFile(districts[0], PERSONS, SMALL_FILE), token);
    const peakAfterSmallMb = memoryKb(pid, 'VmHWM') / 1024;
    const perDistrict = Math.floor(PERSONS / districts.length);
    const started = performance.now();
    let imported = 0;
    let nextDistrict = 0;
    await Promise.all(
      Array.from({ length: UPLOADS_AT_ONCE }, async () => {
        for (let d = nextDistrict++; d < districts.length; d = nextDistrict++) {
          const accepted = await importFile(service.port, districtFile(districts[d], d * perDistrict, perDistrict), token);
          imported += accepted;
        }
      }),
    );
    const importSeconds = (performance.now() - started) / 1000;
    const importPersonsPerSec = imported / importSeconds;
    const importPeakRssMb = memoryKb(pid, 'VmHWM') / 1024;
    log(
      `import: ${imported} persons in ${importSeconds.toFixed(1)} s = ${importPersonsPerSec.toFixed(0)}/s (files of ${perDistrict} rows, ${UPLOADS_AT_ONCE} districts at once)`,
    );
    log(
      `service RSS ${rssBeforeMb.toFixed(0)} MB before, peak ${peakAfterSmallMb.toFixed(0)} MB after a ${SMALL_FILE}-row file, ${importPeakRssMb.toFixed(0)} MB after the ${perDistrict}-row files`,
    );
    const rawPerSec = await rawInserts(db, districts[0], PERSONS + SMALL_FILE, perDistrict);
    log(`same inserts, raw Postgres: ${rawPerSec.toFixed(0)}/s; ratio import/raw ${(importPersonsPerSec / rawPerSec).toFixed(2)}`);

    // 2. The advisers' tag search over the imported city.
    await db.query(
      `INSERT INTO community.person_tag (person_id, tag_code, committee_code, tagged_at, tagged_by, tag_reason)
       SELECT id, 'living-alone-elder', committee_code, now(), 'bench', 'bench' FROM community.person WHERE hashtext(id::text) % 20 = 0`,
    );
    await db.query('ANALYZE');
    // Each adviser reads a sub-district's holders a page at a time (up to three pages); every request is timed.
    const pageLatencies: number[] = [];
    const search = async (i: number, record: boolean) => {
      let after = '';
      for (let page = 0; page < 3; page++) {
        const path = `/api/v1/persons?tag=${encodeURIComponent('独居老人')}&divisionCode=${subDistricts[i % subDistricts.length]}&limit=50${after}`;
        const t = performance.now();
        const res = await httpJson('GET', service.port, path, undefined, token);
        if (record) pageLatencies.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`search: ${res.status} ${JSON.stringify(res.body)}`);
        if (!res.body.next) return;
        after = `&after=${res.body.next}`;
      }
    };
    await closedLoop(ADVISERS, Math.min(200, SEARCHES), (i) => search(i, false));
    const searches = await closedLoop(ADVISERS, SEARCHES, (i) => search(i, true));
    pageLatencies.sort((a, b) => a - b);
    // Baseline: the HTTP floor of the same process, the same requests in flight (readiness, no query).
    const floor = await closedLoop(ADVISERS, pageLatencies.length, async () => {
      if ((await httpJson('GET', service.port, '/health/ready')).status !== 200) throw new Error('not ready');
    });
    const pageP50 = pageLatencies[Math.floor(pageLatencies.length * 0.5)];
    const pageP99 = pageLatencies[Math.floor(pageLatencies.length * 0.99)];
    log(
      `tag search: ${pageLatencies.length} page requests by ${ADVISERS} advisers at once, p50 ${pageP50.toFixed(1)} ms, p99 ${pageP99.toFixed(1)} ms (a search of up to 3 pages: p99 ${searches.p99.toFixed(1)} ms); baseline readiness round trips p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms`,
    );

    // 3. Automatic tags from benefit events through Kafka.
    const granted = (n: number) =>
      TestBroker.event(
        BenefitGranted,
        {
          benefitId: randomUUID(),
          householdId: randomUUID(),
          programme: 'dibao',
          divisionCode: `${districts[0]}001`,
          memberCitizenIds: [citizenId(n)],
          monthlyAmount: '1420.00',
          startsOn: '2026-01-01',
        },
        { subject: randomUUID() },
      );
    const dibao = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM community.person_tag WHERE tag_code = 'dibao' AND untagged_at IS NULL`)).rows[0].n as number;
    await broker.publish(BenefitGranted, [granted(TAG_EVENTS)]); // warm-up: the consumer has joined once this one is tagged
    for (const deadline = Date.now() + 120_000; (await dibao()) < 1;) {
      if (Date.now() > deadline) throw new Error('the warm-up benefit event was not tagged within 120 s');
      await delay(POLL_MS);
    }
    const eventsStarted = performance.now();
    for (let k = 0; k < TAG_EVENTS; k += 1000)
      await broker.publish(
        BenefitGranted,
        Array.from({ length: Math.min(1000, TAG_EVENTS - k) }, (_, j) => granted(k + j)),
      );
    for (const deadline = Date.now() + 600_000; (await dibao()) < TAG_EVENTS + 1;) {
      if (Date.now() > deadline) throw new Error(`only ${await dibao()} of ${TAG_EVENTS + 1} tagged after 600 s`);
      await delay(POLL_MS);
    }
    const tagEventsPerSec = TAG_EVENTS / ((performance.now() - eventsStarted) / 1000);
    log(`automatic tags: ${TAG_EVENTS} benefit events tagged at ${tagEventsPerSec.toFixed(0)}/s`);

    process.stdout.write(
      `${JSON.stringify({
        importPersonsPerSec: Math.round(importPersonsPerSec),
        importPeakRssMb: Math.round(importPeakRssMb),
        importPeakRssMbSmallFile: Math.round(peakAfterSmallMb),
        importRowsPerFile: perDistrict,
        importUploadsAtOnce: UPLOADS_AT_ONCE,
        rawInsertPersonsPerSec: Math.round(rawPerSec),
        importToRawRatio: Number((importPersonsPerSec / rawPerSec).toFixed(3)),
        persons: imported,
        tagSearchP50Ms: Number(pageP50.toFixed(1)),
        tagSearchP99Ms: Number(pageP99.toFixed(1)),
        tagSearchOfThreePagesP99Ms: Number(searches.p99.toFixed(1)),
        tagSearchAdvisers: ADVISERS,
        baselineReadinessP99Ms: Number(floor.p99.toFixed(1)),
        tagEventsPerSec: Math.round(tagEventsPerSec),
      })}\n`,
    );
  } finally {
    agent.destroy();
    await broker.gateway.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    await service.stop();
    await infra.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:community failed: ${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
