import { DivisionRenamed } from '@civic/contracts';
import { eventually, quietLogger } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { discardOutboxRow, KafkaGateway, messagingTablesSql, OutboxRelay, OutboxWriter } from '../src';

describe('outbox relay', () => {
  const schema = `relay_${randomUUID().slice(0, 8)}`;
  const topic = `relay-test-${schema}`;
  let dataSource: DataSource;
  let gateway: KafkaGateway;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, extra: { max: 10 } });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA ${schema}`);
    for (const sql of messagingTablesSql(schema)) await dataSource.query(sql);
    gateway = new KafkaGateway('relay-test', process.env.KAFKA_BROKERS!.split(','), quietLogger);
    await gateway.ensureTopics([topic]);
  });

  afterAll(async () => {
    await gateway.close();
    await dataSource.destroy();
  });

  it('with two replicas running, publishes every committed row once and keeps each key in order', async () => {
    const writer = new OutboxWriter(schema, '/civic/test');
    const keys = Array.from({ length: 8 }, (_, i) => `31010400${i}`);
    const perKey = 300;
    // Interleaved writes from concurrent transactions, each event numbered within its key.
    await Promise.all(
      keys.map(async (code) => {
        for (let n = 0; n < perKey; n += 50) {
          await dataSource.transaction((tx) =>
            writer.append(
              tx,
              Array.from({ length: 50 }, (_, j) => ({
                type: DivisionRenamed.type,
                topic,
                subject: code,
                data: { code: code.slice(0, 9), previousName: `n${n + j - 1}`, name: `n${n + j}`, effectiveFrom: '2026-01-01' },
              })),
            ),
          );
        }
      }),
    );
    const received = new Map<string, number[]>();
    const consumer = gateway.consumer({ groupId: `${topic}-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const key = message.key!.toString();
        const list = received.get(key) ?? [];
        list.push(Number(JSON.parse(message.value!.toString()).name.slice(1)));
        received.set(key, list);
      },
    });
    const replicas = [1, 2].map(
      () =>
        new OutboxRelay({ dataSource, databaseUrl: process.env.DATABASE_URL!, schema, gateway, batchSize: 100, logger: quietLogger, maxBatchesPerRound: 3 }),
    );
    replicas.forEach((r) => r.start());
    const total = keys.length * perKey;
    await eventually(
      async () => [...received.values()].reduce((a, l) => a + l.length, 0),
      (n) => n >= total,
      { what: 'all events consumed', timeoutMs: 45_000 },
    );
    await Promise.all(replicas.map((r) => r.stop()));
    await consumer.disconnect();

    const expected = Array.from({ length: perKey }, (_, i) => i);
    for (const key of keys) expect(received.get(key)).toEqual(expected);
    expect(replicas[0].counters.published + replicas[1].counters.published).toBe(total);
    const [{ pending }] = await dataSource.query(`SELECT count(*)::int AS pending FROM ${schema}.outbox WHERE published_at IS NULL`);
    expect(pending).toBe(0);
  });

  it('stops at a row Kafka refuses for good, says which, and goes on once an operator discards it', async () => {
    // A topic that takes messages of at most 2 KB: the second row is too large for it.
    const small = `${topic}-small`;
    const admin = gateway.kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: small, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '2048' }] }],
    });
    await admin.disconnect();
    const insert = (key: string, payload: object) =>
      dataSource.query(
        `INSERT INTO ${schema}.outbox (event_id, topic, message_key, event_type, headers, payload) VALUES ($1, $2, $3, 'test.refusal.v1', '{}', $4) RETURNING id`,
        [randomUUID(), small, key, JSON.stringify(payload)],
      );
    const [[first], [tooLarge], [after]] = [await insert('a', { n: 1 }), await insert('a', { n: 2, filler: 'x'.repeat(5000) }), await insert('a', { n: 3 })];
    const relay = new OutboxRelay({
      dataSource,
      databaseUrl: process.env.DATABASE_URL!,
      schema,
      gateway,
      batchSize: 100,
      logger: quietLogger,
      idlePollMs: 100,
    });
    relay.start();
    try {
      const blocked = await eventually(
        async () => relay.blockage(),
        (b) => b !== undefined,
        { what: 'the relay reports the refused row', timeoutMs: 30_000 },
      );
      expect(blocked).toMatchObject({ id: tooLarge.id, error: expect.stringMatching(/larger than the max message size/) });
      const state = async () =>
        (
          await dataSource.query(`SELECT id, published_at IS NOT NULL AS published FROM ${schema}.outbox WHERE id = ANY($1::bigint[]) ORDER BY id`, [
            [first.id, tooLarge.id, after.id],
          ])
        ).map((r: { published: boolean }) => r.published);
      // The row before it went out; the one after waits behind it (same aggregate, order kept).
      expect(await state()).toEqual([true, false, false]);
      await discardOutboxRow(dataSource, schema, tooLarge.id, { operator: 'ops-on-call', reason: 'payload over the topic limit' });
      await eventually(state, (s) => s[2] === true, { what: 'the row after it published', timeoutMs: 30_000 });
      await eventually(
        async () => relay.blockage(),
        (b) => b === undefined,
        { what: 'the relay no longer blocked', timeoutMs: 10_000 },
      );
    } finally {
      await relay.stop();
    }
  });

  it('refuses an event whose data breaks its contract, writing nothing', async () => {
    const writer = new OutboxWriter(schema, '/civic/test');
    await expect(
      dataSource.transaction((tx) => writer.append(tx, [{ type: DivisionRenamed.type, topic, subject: 'x', data: { code: 'bad' } }])),
    ).rejects.toThrow(/breaks its schema/);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE message_key = 'x'`);
    expect(n).toBe(0);
  });
});
