/**
 * npm run bench:messaging — in one run, against the same broker:
 *  1. raw kafkajs producer throughput (the same events, in batches as large as the relay's);
 *  2. outbox relay throughput (committed outbox rows per second that reach Kafka);
 *  3. end-to-end latency from a command's commit to a consumer's handler at 1,000 events/s: the
 *     handler is an @OnEvent method served by the inbox transport, inbox transaction included.
 * Prints a summary and, last, one JSON line. A benchmark, not a test: compare ratios, not times.
 */
import { DivisionEstablished, DivisionEstablishedV1 } from '@civic/contracts';
import { cloudEventHeaders, KafkaGateway, messagingTablesSql, OutboxRelay, OutboxWriter } from '@civic/messaging';
import { EventConsumerGroup, InboxContext, InboxTransactionInterceptor, InboxTransport, OnEvent, ProblemFilter, UnitOfWork } from '@civic/platform';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { Ctx } from '@nestjs/microservices';
import { launchInfrastructure, quietLogger as quiet } from '@civic/testing';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';

const BATCH = 500;
const THROUGHPUT_EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const E2E_RATE = 1000;
const E2E_SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 10);
/** Events of the first seconds (new process: JIT, pool and broker connections) are sent but not measured. */
const E2E_WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

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
    const headers = cloudEventHeaders({
      id: randomUUID(),
      type: DivisionEstablished.type,
      source: '/civic/bench',
      subject: data.code,
      time: new Date().toISOString(),
      data,
    });
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

async function endToEnd(
  ds: DataSource,
  databaseUrl: string,
  gateway: KafkaGateway,
  brokers: string,
): Promise<Record<'p50' | 'p99' | 'max' | 'count' | 'relayP50' | 'relayP99' | 'consumerP50' | 'consumerP99', number>> {
  await resetSchema(ds, 'bench_producer');
  await resetSchema(ds, 'bench_consumer');
  const topic = DivisionEstablished.topic;
  await gateway.ensureTopics([topic, `${topic}.dlq`]);
  const committedAt = new Map<string, number>();
  const received = new Map<string, number>();
  const latencies: number[] = [];
  const benchRun = randomUUID().slice(0, 8);
  // The consumer runs as a service's does: an @EventConsumerGroup handler served by the inbox
  // transport, through Nest's pipeline (inbox-transaction interceptor, problem filter).
  @EventConsumerGroup('e2e')
  class E2eConsumer {
    @OnEvent(DivisionEstablished)
    async established(_data: DivisionEstablishedV1, @Ctx() inbox: InboxContext): Promise<void> {
      received.set(inbox.event.id, wallClockMs());
    }
  }
  @Module({
    controllers: [E2eConsumer],
    providers: [
      { provide: DataSource, useValue: ds },
      UnitOfWork,
      { provide: APP_INTERCEPTOR, useClass: InboxTransactionInterceptor },
      { provide: APP_FILTER, useClass: ProblemFilter },
    ],
  })
  class E2eConsumerModule {}
  const transport = new InboxTransport({ gateway, dataSource: ds, schema: 'bench_consumer', service: `bench-${benchRun}`, logger: quiet });
  const app = await NestFactory.createMicroservice(E2eConsumerModule, { strategy: transport, logger: false });
  await app.listen();
  const [consumer] = transport.consumers;
  // A plain reader of the same topic notes when the relay handed each event to Kafka (the
  // producer's CreateTime), to split the latency into its relay and consumer legs.
  // It costs CPU on this small machine, so it runs only with BENCH_BREAKDOWN=1.
  const sentAt = new Map<string, number>();
  const tap = process.env.BENCH_BREAKDOWN === '1' ? gateway.consumer({ groupId: `bench-tap-${benchRun}` }) : undefined;
  if (tap) {
    await tap.connect();
    await tap.subscribe({ topic, fromBeginning: true });
    await tap.run({ eachMessage: async ({ message }) => void sentAt.set(String(message.headers?.ce_id), Number(message.timestamp)) });
  }
  // Measure only once the group has joined (a fresh group reads from the beginning; older events are ignored).
  const joinDeadline = Date.now() + 60_000;
  while (!consumer.hasJoinedGroup && Date.now() < joinDeadline) await new Promise((r) => setTimeout(r, 50));
  if (!consumer.hasJoinedGroup) throw new Error('bench consumer did not join its group within 60 s');
  // The commands run in their own process, as a service's would: one event loop for the writer
  // (with its relay), another for the consumer. Both stamp wall-clock times on the same machine.
  const producer = fork(__filename, ['--producer'], { env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_KAFKA_BROKERS: brokers } });
  const committed = await new Promise<[string, number][]>((resolve, reject) => {
    producer.once('message', (m) => resolve(m as [string, number][]));
    producer.once('exit', (code) => code !== 0 && reject(new Error(`producer exited with ${code}`)));
  });
  for (const [id, at] of committed) committedAt.set(id, at);
  const deadline = Date.now() + 60_000;
  const allMeasuredReceived = () => committed.every(([id]) => received.has(id));
  while (!allMeasuredReceived() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const timeline: [number, number][] = [];
  const relayLeg: number[] = [];
  const consumerLeg: number[] = [];
  for (const [id, at] of received) {
    const t0 = committedAt.get(id);
    if (t0 === undefined) continue; // a warm-up event
    latencies.push(at - t0);
    if (t0 !== undefined && process.env.BENCH_DUMP) timeline.push([t0, at - t0]);
    const ts = sentAt.get(id);
    if (t0 !== undefined && ts !== undefined) {
      relayLeg.push(ts - t0);
      consumerLeg.push(at - ts);
    }
  }
  await app.close();
  await tap?.disconnect();
  if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(timeline)); // [commit ms, latency ms] pairs, to find stalls
  const pct = (values: number[], q: number) => {
    if (values.length === 0) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  };
  return {
    p50: pct(latencies, 0.5),
    p99: pct(latencies, 0.99),
    max: pct(latencies, 1),
    count: latencies.length,
    relayP50: pct(relayLeg, 0.5),
    relayP99: pct(relayLeg, 0.99),
    consumerP50: pct(consumerLeg, 0.5),
    consumerP99: pct(consumerLeg, 0.99),
  };
}

const wallClockMs = () => performance.timeOrigin + performance.now();

/** Child process: commits one event per transaction at E2E_RATE for E2E_SECONDS, relayed by its own relay. */
async function producerProcess(): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url: process.env.BENCH_DATABASE_URL, extra: { max: 16 } });
  await ds.initialize();
  const gateway = new KafkaGateway('bench-producer', process.env.BENCH_KAFKA_BROKERS!.split(','), quiet);
  const relay = new OutboxRelay({
    dataSource: ds,
    databaseUrl: process.env.BENCH_DATABASE_URL!,
    schema: 'bench_producer',
    gateway,
    batchSize: BATCH,
    logger: quiet,
  });
  relay.start();
  const writer = new OutboxWriter('bench_producer', '/civic/bench');
  const warmup = E2E_RATE * E2E_WARMUP_SECONDS;
  const total = warmup + E2E_RATE * E2E_SECONDS;
  const committed: [string, number][] = [];
  const started = Date.now();
  let sent = 0;
  const inFlight = new Set<Promise<void>>();
  while (sent < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * E2E_RATE));
    while (sent < due) {
      const measured = sent >= warmup;
      const data = eventData(sent++);
      const p = ds
        .transaction((tx) => writer.append(tx, [{ type: DivisionEstablished.type, topic: DivisionEstablished.topic, subject: data.code, data }]))
        .then(([event]) => void (measured && committed.push([event.id, wallClockMs()])));
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
      e2eWarmupSeconds: E2E_WARMUP_SECONDS,
      e2eP50Ms: round(e2e.p50),
      e2eP99Ms: round(e2e.p99),
      e2eMaxMs: round(e2e.max),
      ...(process.env.BENCH_BREAKDOWN === '1'
        ? {
            e2eRelayLegP50Ms: round(e2e.relayP50),
            e2eRelayLegP99Ms: round(e2e.relayP99),
            e2eConsumerLegP50Ms: round(e2e.consumerP50),
            e2eConsumerLegP99Ms: round(e2e.consumerP99),
          }
        : {}),
      postgres: infra.postgres.origin,
      kafka: infra.kafka.origin,
    };
    process.stdout.write(
      [
        'messaging benchmark (same broker, same run)',
        `  raw kafkajs producer : ${result.rawProducerEventsPerSec} events/s (batches of ${BATCH})`,
        `  outbox relay         : ${result.relayEventsPerSec} events/s committed -> Kafka (ratio ${result.relayToRawRatio}, target >= 0.5)`,
        `  end to end @${E2E_RATE}/s   : p50 ${result.e2eP50Ms} ms, p99 ${result.e2eP99Ms} ms, max ${result.e2eMaxMs} ms over ${e2e.count} events after ${E2E_WARMUP_SECONDS} s of warm-up (target p99 <= 100 ms)`,
        process.env.BENCH_BREAKDOWN === '1'
          ? `    of which commit -> Kafka (relay) p50 ${result.e2eRelayLegP50Ms} / p99 ${result.e2eRelayLegP99Ms} ms, Kafka -> handler p50 ${result.e2eConsumerLegP50Ms} / p99 ${result.e2eConsumerLegP99Ms} ms`
          : '    (BENCH_BREAKDOWN=1 splits this into relay and consumer legs)',
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
