/**
 * npm run bench:reservations — the opening burst of Qingming booking: one cemetery, one slot with
 * 1,000 places, 5,000 booking attempts (distinct people) fired at once at the funeral service's
 * HTTP API. Checks that exactly the capacity is accepted and nothing is oversold, from the API's
 * answers and from the database. Prints a summary and, last, one JSON line. A benchmark, not a test.
 */
import { DevIssuer } from '@civic/platform';
import { freshDatabase, launchInfrastructure } from '@civic/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { agent, citizenId, httpJson, startService } from './support';

const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 1000);
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 5000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  log(`bench:reservations — ${ATTEMPTS} booking attempts at once on ${CAPACITY} places (after ${WARMUP} warm-up bookings on another slot)`);
  const infra = await launchInfrastructure({ log: (l) => log(`  ${l}`) });
  const issuer = await DevIssuer.open(mkdtempSync(join(tmpdir(), 'bench-issuer-')));
  const token = await issuer.sign({ sub: 'bench', roles: ['funeral:*', 'funeral:personal-data.read'], system: 'bench', districts: [] });
  const url = await freshDatabase('civic_bench_reservations', infra.databaseUrl);
  const service = await startService('funeral', {
    DATABASE_URL: infra.databaseUrl,
    FUNERAL_DATABASE_URL: url,
    KAFKA_BROKERS: infra.kafkaBrokers,
    AUTH_JWKS_FILE: issuer.jwksFile,
  });
  try {
    const db = new Client({ connectionString: url });
    db.on('error', () => undefined);
    await db.connect();
    await db.query(
      `INSERT INTO funeral.division (code, name, level, parent_code, valid_from, status, last_event_id, updated_at) VALUES ('310118', '青浦区', 'county', '310000', '2016-07-22', 'active', gen_random_uuid(), now())`,
    );
    const cemetery = await httpJson('POST', service.port, '/api/v1/cemeteries', { name: '福寿园', kind: 'commercial', divisionCode: '310118' }, token);
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const slot = (startsAt: string, capacity: number) =>
      httpJson(
        'POST',
        service.port,
        '/api/v1/sweeping-slots',
        { cemeteryId: cemetery.body.id, season: `qingming-${day.slice(0, 4)}`, day, startsAt, endsAt: '23:00', capacity },
        token,
      );
    const warmSlot = await slot('06:00', WARMUP);
    const burstSlot = await slot('08:00', CAPACITY);
    if (burstSlot.status !== 201) throw new Error(`slot: ${burstSlot.status} ${JSON.stringify(burstSlot.body)}`);
    const book = (slotId: string, i: number) =>
      httpJson('POST', service.port, '/api/v1/sweeping-bookings', { slotId, citizenId: citizenId(i), visitors: 1 }, token);

    // Warm-up: JIT, connection pools, the verified token.
    await Promise.all(Array.from({ length: WARMUP }, (_, i) => book(warmSlot.body.id, ATTEMPTS + i)));

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const t = performance.now();
        const res = await book(burstSlot.body.id, i);
        latencies.push(performance.now() - t);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const accepted = statuses.get(201) ?? 0;
    const [{ places, bookings }] = (
      await db.query(
        `SELECT (SELECT count(*)::int FROM funeral.sweeping_place WHERE slot_id = $1 AND booking_id IS NOT NULL) AS places, (SELECT count(*)::int FROM funeral.sweeping_booking WHERE slot_id = $1 AND status = 'booked') AS bookings`,
        [burstSlot.body.id],
      )
    ).rows;
    await db.end();
    const oversold = Math.max(0, places - CAPACITY, bookings - CAPACITY, accepted - CAPACITY);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
    log(`answers: ${[...statuses].map(([s, n]) => `${n} x ${s}`).join(', ')}`);
    log(`accepted ${accepted} of ${CAPACITY} places (database: ${bookings} bookings holding ${places} places), oversold ${oversold}`);
    log(
      `${ATTEMPTS} attempts in ${seconds.toFixed(2)} s: ${(ATTEMPTS / seconds).toFixed(0)} booking requests/s; latency p50 ${p(0.5).toFixed(0)} ms, p99 ${p(0.99).toFixed(0)} ms`,
    );
    process.stdout.write(
      `${JSON.stringify({ attempts: ATTEMPTS, capacity: CAPACITY, accepted, oversold, refused: ATTEMPTS - accepted, bookingsPerSec: Math.round(ATTEMPTS / seconds), seconds: Number(seconds.toFixed(2)), p50Ms: Math.round(p(0.5)), p99Ms: Math.round(p(0.99)), statuses: Object.fromEntries(statuses) })}\n`,
    );
    if (accepted !== CAPACITY || oversold !== 0) process.exitCode = 1;
  } finally {
    agent.destroy();
    await service.stop();
    await infra.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:reservations failed: ${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
