import { deadLetterTopicOf, DivisionEstablished } from '@civic/contracts';
import { EventConsumer, readTopicsToEnd } from '@civic/messaging';
import { MessagingRuntime } from '@civic/platform';
import { eventually, freshDatabase, startTestService, TcpLink, TestBroker, TestService, testToken, waitForConsumers } from '@civic/testing';
import { Client } from 'pg';
import { SERVICES } from './services';

let serial = Math.floor(Math.random() * 900);
const newCommittee = () => `310115002${String(++serial % 1000).padStart(3, '0')}`;

/**
 * funeral reaching its database through a link the test cuts, under its division consumer, for
 * longer than the retries of a permanent failure take: the consumer must wait it out (nothing
 * parked, offsets uncommitted) and apply every event once the database answers again.
 */
describe('the database unreachable under a consumer', () => {
  let link: TcpLink;
  let databaseUrl: string;
  let funeral: TestService | undefined;
  const broker = new TestBroker('postgres-outage');
  const saved = { url: process.env.FUNERAL_DATABASE_URL, owner: process.env.FUNERAL_DATABASE_OWNER_URL };

  beforeAll(async () => {
    databaseUrl = await freshDatabase('civic_postgres_outage');
    const direct = new URL(databaseUrl);
    link = await TcpLink.open({ host: direct.hostname, port: Number(direct.port) });
    process.env.FUNERAL_DATABASE_URL = link.through(databaseUrl);
    delete process.env.FUNERAL_DATABASE_OWNER_URL;
    // Groups of its own: the shared database's funeral must not lose events to this one.
    process.env.FUNERAL_KAFKA_CONSUMER_GROUP_PREFIX = 'postgres-outage.';
    funeral = await startTestService(SERVICES.funeral.module, SERVICES.funeral.definition);
    await waitForConsumers(funeral);
  });

  afterAll(async () => {
    await link.restore();
    await funeral?.close();
    await link.close();
    await broker.close();
    process.env.FUNERAL_DATABASE_URL = saved.url;
    delete process.env.FUNERAL_KAFKA_CONSUMER_GROUP_PREFIX;
    if (saved.owner) process.env.FUNERAL_DATABASE_OWNER_URL = saved.owner;
  });

  const divisionsConsumer = (): EventConsumer => funeral!.app.get(MessagingRuntime).consumers.find((c) => c.groupId === 'funeral.postgres-outage.divisions')!;

  it('retries while the database is away, parks nothing, and applies every event when it returns', async () => {
    const consumer = divisionsConsumer();
    const before = { ...consumer.counters };
    await link.cut();
    const codes = [newCommittee(), newCommittee(), newCommittee()];
    const events = codes.map((code) =>
      TestBroker.event(
        DivisionEstablished,
        { code, name: `断库${code}`, level: 'committee', parentCode: '310115001', validFrom: '2026-01-01' },
        { subject: code },
      ),
    );
    await broker.publish(DivisionEstablished, events);
    // Well past the retry window of a permanent failure (4 attempts, about 1.4 s): the three events
    // (up to three partitions at once) retried more than six times each, some ten seconds.
    await eventually(
      async () => consumer.counters.retried - before.retried,
      (retried) => retried >= 20,
      { what: 'the consumer kept retrying through the outage', timeoutMs: 90_000 },
    );
    // A request meanwhile is told to come back, not given a 500.
    const during = await funeral!.request({ method: 'GET', url: `/api/v1/divisions/${codes[0]}`, token: await testToken(['funeral:division.read']) });
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(during.headers['retry-after']).toBe('5');

    await link.restore();
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const applied = await eventually(
        async () => (await client.query(`SELECT code FROM funeral.division WHERE code = ANY($1) ORDER BY code`, [codes])).rows.map((r) => r.code),
        (found) => found.length === codes.length,
        { what: 'every event applied after the database returned', timeoutMs: 60_000 },
      );
      expect(applied).toEqual([...codes].sort());
      // Applied, each once: none of them was parked (a parked event is never in the inbox).
      const inbox = await client.query(`SELECT count(*)::int AS n FROM funeral.inbox WHERE event_id = ANY($1::uuid[])`, [events.map((e) => e.id)]);
      expect(inbox.rows[0].n).toBe(codes.length);
    } finally {
      await client.end();
    }
    // And the DLQ, read to its end, holds none of them. (This group is new and reads the topic from
    // its beginning, other tests' broken events included: the consumer's own DLQ count says nothing.)
    const parked = await readTopicsToEnd(broker.gateway, [deadLetterTopicOf(DivisionEstablished.topic)]);
    const ours = new Set(events.map((e) => e.id));
    expect(parked.filter(({ message }) => ours.has(message.headers?.ce_id?.toString() ?? ''))).toEqual([]);
  }, 180_000);
});
