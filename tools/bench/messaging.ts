/**
 * npm run bench:messaging — in one run, against the same broker:
 *  1. raw kafkajs producer throughput (the same events, in batches as large as the relay's);
 *  2. outbox relay throughput (committed outbox rows per second that reach Kafka);
 *  3. end-to-end latency from a command's commit to a consumer's handler (inbox transaction
 *     included) at 1,000 events/s.
 * Prints a summary and, last, one JSON line. A benchmark, not a test: compare ratios, not times.
 */
import { DivisionEstablished } from '@civic/contracts';
import { EventConsumer, KafkaGateway, messagingTablesSql, OutboxRelay, OutboxWriter, cloudEventHeaders } from '@civic/messaging';
import { launchInfrastructure } from '@civic/testing';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';

const BATCH = 500;
const THROUGHPUT_EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const E2E_RATE = 1000;
const E2E_SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 10);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

function eventData(i: number) {
  const code = `310104${String(100 + (i % 900)).padStart(3, '0')}${String(i % 1000).padStart(3, '0')}`;
  return { code, name: `基准居委会${i}`, level: 'committee' as const, parentCode: code.slice(0, 9), validFrom: '2026-01-01' };
}

async function resetSchema(ds: DataSource, schema: string): Promise<void> {
  await ds.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await ds.query(`CREATE SCHEMA ${schema}`);
  for (const sql of messagingTablesSql(schema)) await ds.query(sql);
}

async function rawProducer(gateway: KafkaGateway, topic: string): Promise<number> {
  const messages = Array.from({ length: THROUGHPUT_EVENTS }, (_, i) => {
    const data = eventData(i);
    const headers = cloudEventHeaders({ id: randomUUID(), type: DivisionEstablished.type, source: '/civic/bench', subject: data.code, time: new Date().toISOString(), data });
    return { key: data.code, value: JSON.stringify(data), headers };
  });
  await gateway.sendBatch([{ topic, messages: messages.slice(0, 10) }]); // warm-up: connection and metadata
  const start = process.hrtime.bigint();
  for (let i = 0; i < messages.length; i += BATCH) await gateway.sendBatch([{ topic, messages: messages.slice(i, i + BATCH) }]);
  return THROUGHPUT_EVENTS / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function relayThroughput(ds: DataSource, databaseUrl: string, gateway: KafkaGateway, topic: string): Promise<number> {
  await resetSchema(ds, 'bench_relay');
  const writer = new OutboxWriter('bench_relay', '/civic/bench');
  for (let i = 0; i < THROUGHPUT_EVENTS; i += 1000) {
    const events = Array.from({ length: Math.min(1000, THROUGHPUT_EVENTS - i) }, (_, j) => {
      const data = eventData(i + j);
      return { type: DivisionEstablished.type, topic, subject: data.code, data };
    });
    await ds.transaction((tx) => writer.append(tx, events));
  }
  const relay = new OutboxRelay({ dataSource: ds, databaseUrl, schema: 'bench_relay', gateway, batchSize: BATCH, logger: quiet, idlePollMs: 50 });
  const start = process.hrtime.bigint();
  relay.start();
  while ((await relay.pendingCount()) > 0) await new Promise((r) => setTimeout(r, 20));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await relay.stop();
  return THROUGHPUT_EVENTS / seconds;
}

async function endToEnd(ds: DataSource, databaseUrl: string, gateway: KafkaGateway, brokers: string): Promise<{ p50: number; p99: number; max: number; count: number }> {
  await resetSchema(ds, 'bench_producer');
  await resetSchema(ds, 'bench_consumer');
  const topic = DivisionEstablished.topic;
  await gateway.ensureTopics([topic, `${topic}.dlq`]);
  const committedAt = new Map<string, number>();
  const received = new Map<string, number>();
  const latencies: number[] = [];
  const total = E2E_RATE * E2E_SECONDS;
  const benchRun = randomUUID().slice(0, 8);
  const consumer = new EventConsumer({
    gateway,
    dataSource: ds,
    schema: 'bench_consumer',
    service: `bench-${benchRun}`,
    name: 'e2e',
    logger: quiet,
    subscriptions: [
      {
        contract: DivisionEstablished,
        handle: async (event) => {
          received.set(event.id, wallClockMs());
        },
      },
    ],
  });
  consumer.start();
  // Let the group join before measuring (a fresh group reads from the beginning; older events are ignored).
  while ((consumer as unknown as { consumer?: unknown }).consumer === undefined) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 2000));
  // The commands run in their own process, as a service's would: one event loop for the writer
  // (with its relay), another for the consumer. Both stamp wall-clock times on the same machine.
  const producer = fork(__filename, ['--producer'], { env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_KAFKA_BROKERS: brokers } });
  const committed = await new Promise<[string, number][]>((resolve, reject) => {
    producer.once('message', (m) => resolve(m as [string, number][]));
    producer.once('exit', (code) => code !== 0 && reject(new Error(`producer exited with ${code}`)));
  });
  for (const [id, at] of committed) committedAt.set(id, at);
  const deadline = Date.now() + 60_000;
  while (received.size < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const [id, at] of received) {
    const t0 = committedAt.get(id);
    if (t0 !== undefined) latencies.push(at - t0);
  }
  await consumer.stop();
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { p50: pct(0.5), p99: pct(0.99), max: latencies[latencies.length - 1], count: latencies.length };
}

const wallClockMs = () => performance.timeOrigin + performance.now();

/** Child process: commits one event per transaction at E2E_RATE for E2E_SECONDS, relayed by its own relay. */
async function producerProcess(): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url: process.env.BENCH_DATABASE_URL, extra: { max: 16 } });
  await ds.initialize();
  const gateway = new KafkaGateway('bench-producer', process.env.BENCH_KAFKA_BROKERS!.split(','), quiet);
  const relay = new OutboxRelay({ dataSource: ds, databaseUrl: process.env.BENCH_DATABASE_URL!, schema: 'bench_producer', gateway, batchSize: BATCH, logger: quiet });
  relay.start();
  const writer = new OutboxWriter('bench_producer', '/civic/bench');
  const total = E2E_RATE * E2E_SECONDS;
  const committed: [string, number][] = [];
  const started = Date.now();
  let sent = 0;
  const inFlight = new Set<Promise<void>>();
  while (sent < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * E2E_RATE));
    while (sent < due) {
      const data = eventData(sent++);
      const p = ds
        .transaction((tx) => writer.append(tx, [{ type: DivisionEstablished.type, topic: DivisionEstablished.topic, subject: data.code, data }]))
        .then(([event]) => void committed.push([event.id, wallClockMs()]));
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(inFlight);
  while ((await relay.pendingCount()) > 0) await new Promise((r) => setTimeout(r, 20));
  await relay.stop();
  await gateway.close();
  await ds.destroy();
  process.send!(committed, () => process.exit(0));
}

async function main(): Promise<void> {
  const infra = await launchInfrastructure({ log: (l) => process.stderr.write(`[infra] ${l}\n`) });
  const ds = new DataSource({ type: 'postgres', url: infra.databaseUrl, extra: { max: 24 } });
  await ds.initialize();
  const gateway = new KafkaGateway('bench', infra.kafkaBrokers.split(','), quiet);
  try {
    const rawTopic = `bench.raw.${Date.now()}`;
    const relayTopic = `bench.relay.${Date.now()}`;
    await gateway.ensureTopics([rawTopic, relayTopic]);
    const raw = await rawProducer(gateway, rawTopic);
    const relay = await relayThroughput(ds, infra.databaseUrl, gateway, relayTopic);
    const e2e = await endToEnd(ds, infra.databaseUrl, gateway, infra.kafkaBrokers);
    const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
    const result = {
      events: THROUGHPUT_EVENTS,
      batchSize: BATCH,
      rawProducerEventsPerSec: Math.round(raw),
      relayEventsPerSec: Math.round(relay),
      relayToRawRatio: round(relay / raw, 3),
      e2eRatePerSec: E2E_RATE,
      e2eEvents: e2e.count,
      e2eP50Ms: round(e2e.p50),
      e2eP99Ms: round(e2e.p99),
      e2eMaxMs: round(e2e.max),
      postgres: infra.postgres.origin,
      kafka: infra.kafka.origin,
    };
    process.stdout.write(
      [
        'messaging benchmark (same broker, same run)',
        `  raw kafkajs producer : ${result.rawProducerEventsPerSec} events/s (batches of ${BATCH})`,
        `  outbox relay         : ${result.relayEventsPerSec} events/s committed -> Kafka (ratio ${result.relayToRawRatio}, target >= 0.5)`,
        `  end to end @${E2E_RATE}/s   : p50 ${result.e2eP50Ms} ms, p99 ${result.e2eP99Ms} ms, max ${result.e2eMaxMs} ms over ${e2e.count} events (target p99 <= 100 ms)`,
        JSON.stringify(result),
        '',
      ].join('\n'),
    );
  } finally {
    await gateway.close();
    await ds.destroy();
    await infra.stop();
  }
}

(process.argv.includes('--producer') ? producerProcess() : main()).catch((e) => {
  process.stderr.write(`${String(e?.stack ?? e)}\n`);
  process.exit(1);
});
