import { DeathRegistered, deadLetterTopicOf, DivisionEstablished } from '@civic/contracts';
import { cloudEventHeaders } from '@civic/messaging';
import {
  eventually,
  newBirthDate,
  newCitizenId,
  startTestService,
  TestBroker,
  TestService,
  testToken,
  useFreshDatabase,
  waitForConsumers,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dlqCommand } from '../tools/dlq';
import { eventsCommand } from '../tools/events';
import { outboxCommand } from '../tools/outbox';
import { SERVICES } from './services';

/** Runs an operator command as the CLI would, as the operator's Kafka principal, collecting what it prints. */
async function run(command: typeof dlqCommand, argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const operator = { KAFKA_SASL_USERNAME: process.env.CIVIC_OPERATOR_KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD: process.env.CIVIC_OPERATOR_KAFKA_SASL_PASSWORD };
  const code = await command(argv, { ...process.env, ...operator }, (line) => lines.push(line));
  return { code, lines };
}

describe('the outbox command', () => {
  it('lists the rows waiting for Kafka and discards one on an operator’s word, audited', async () => {
    // A migrated community schema of its own, its service stopped: nothing relays the row.
    const restore = await useFreshDatabase('community', 'civic_outbox_tool');
    const url = process.env.COMMUNITY_DATABASE_URL!;
    const community = await startTestService(SERVICES.community.module, SERVICES.community.definition, { consumers: false });
    await community.close();
    restore();
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await db.query(`UPDATE community.outbox SET published_at = now() WHERE published_at IS NULL`);
      const [row] = (
        await db.query(
          `INSERT INTO community.outbox (event_id, topic, message_key, event_type, headers, payload, last_error)
           VALUES ($1, 'community.division', '310104999', 'community.division.established.v1', '{}', '{}', 'KafkaJSProtocolError: The request included a message larger than the max message size the server will accept') RETURNING id::text`,
          [randomUUID()],
        )
      ).rows;
      const listed = await run(outboxCommand, ['community', 'list', '--database-url', url]);
      expect(listed.code).toBe(0);
      expect(listed.lines.map((l) => JSON.parse(l))).toEqual([
        expect.objectContaining({ id: row.id, topic: 'community.division', lastError: expect.stringMatching(/larger than/) }),
      ]);

      expect((await run(outboxCommand, ['community', 'discard', row.id, '--database-url', url])).code).toBe(2); // no operator, no reason
      const discarded = await run(outboxCommand, [
        'community',
        'discard',
        row.id,
        '--operator',
        'ops-on-call',
        '--reason',
        'over the size limit',
        '--database-url',
        url,
      ]);
      expect(discarded).toEqual({ code: 0, lines: [expect.stringMatching(/^discarded outbox row/)] });
      const [after] = (await db.query(`SELECT published_at IS NOT NULL AS done, last_error FROM community.outbox WHERE id = $1`, [row.id])).rows;
      expect(after).toEqual({ done: true, last_error: 'discarded by ops-on-call: over the size limit' });
      const audit = (await db.query(`SELECT actor_subject, action, resource_id, details FROM community.audit_log WHERE action = 'outbox.discard'`)).rows;
      expect(audit).toEqual([
        { actor_subject: 'ops-on-call', action: 'outbox.discard', resource_id: row.id, details: expect.objectContaining({ reason: 'over the size limit' }) },
      ]);
      expect((await run(outboxCommand, ['community', 'discard', row.id, '--operator', 'x', '--reason', 'again', '--database-url', url])).code).toBe(1);
      expect((await run(outboxCommand, ['community', 'list', '--database-url', url])).lines).toEqual([]);
    } finally {
      await db.end();
    }
  });
});

describe('the dlq command', () => {
  let funeral: TestService;
  const broker = new TestBroker('dlq-tool-test');
  const dlqTopic = deadLetterTopicOf(DivisionEstablished.topic);

  beforeAll(async () => {
    funeral = await startTestService(SERVICES.funeral.module, SERVICES.funeral.definition);
    await waitForConsumers(funeral);
  });
  afterAll(async () => {
    await funeral.close();
    await broker.close();
  });

  /** A valid event as a consumer would have parked it (say, during a bug since fixed). */
  async function park(code: string): Promise<string> {
    const event = TestBroker.event(
      DivisionEstablished,
      { code, name: '搁置', level: 'committee', parentCode: '310115001', validFrom: '2026-01-01' },
      { subject: code },
    );
    await broker.gateway.sendBatch([
      {
        topic: dlqTopic,
        messages: [
          {
            key: code,
            value: JSON.stringify(event.data),
            headers: {
              ...cloudEventHeaders(event),
              dlq_error: 'simulated: a bug since fixed',
              dlq_original_topic: DivisionEstablished.topic,
              dlq_consumer: 'funeral.divisions',
              dlq_failed_at: new Date().toISOString(),
            },
          },
        ],
      },
    ]);
    return event.id;
  }

  const listed = async (all = false) =>
    (await run(dlqCommand, ['list', '--topic', dlqTopic, ...(all ? ['--all'] : [])])).lines.map(
      (l) => JSON.parse(l) as { ref: string; eventId: string; decision?: { action: string; operator: string } },
    );

  it('lists parked events, replays one to its consumers and discards another, each decision recorded', async () => {
    const serial = String(Math.floor(Math.random() * 900) + 100);
    const [replayCode, discardCode] = [`310115003${serial}`, `310115004${serial}`];
    const [replayId, discardId] = [await park(replayCode), await park(discardCode)];
    const waiting = await listed();
    const toReplay = waiting.find((l) => l.eventId === replayId)!;
    const toDiscard = waiting.find((l) => l.eventId === discardId)!;
    expect(toReplay.ref).toMatch(new RegExp(`^${dlqTopic.replace(/\./g, '\\.')}/\\d+/\\d+$`));
    expect(toDiscard).toBeDefined();

    const replayed = await run(dlqCommand, ['replay', toReplay.ref, '--operator', 'ops-on-call', '--reason', 'the consumer bug is fixed']);
    expect(replayed.code).toBe(0);
    const reader = await testToken(['funeral:division.read']);
    await eventually(
      () => funeral.request({ method: 'GET', url: `/api/v1/divisions/${replayCode}`, token: reader }),
      (r) => r.status === 200,
      { what: 'the replayed event applied by funeral', timeoutMs: 30_000 },
    );
    expect((await run(dlqCommand, ['discard', toDiscard.ref, '--operator', 'ops-on-call', '--reason', 'superseded by a later event'])).code).toBe(0);
    expect((await funeral.request({ method: 'GET', url: `/api/v1/divisions/${discardCode}`, token: reader })).status).toBe(404);

    // Decided events leave the default list; --all shows them with who decided what.
    const after = await listed();
    expect(after.map((l) => l.eventId)).not.toEqual(expect.arrayContaining([replayId]));
    expect(after.map((l) => l.eventId)).not.toEqual(expect.arrayContaining([discardId]));
    const everything = await listed(true);
    expect(everything.find((l) => l.eventId === replayId)?.decision).toMatchObject({ action: 'replay', operator: 'ops-on-call' });
    expect(everything.find((l) => l.eventId === discardId)?.decision).toMatchObject({ action: 'discard', operator: 'ops-on-call' });
    // Deciding twice is refused.
    expect((await run(dlqCommand, ['discard', toReplay.ref, '--operator', 'x', '--reason', 'y'])).code).toBe(1);
  });

  it('counts the parked events per dead-letter topic in the consuming service’s metrics', async () => {
    await park(`310115005${String(Math.floor(Math.random() * 900) + 100)}`);
    const metrics = await funeral.request({ method: 'GET', url: '/metrics' });
    const line = metrics.text.split('\n').find((l) => l.startsWith('dlq_events{') && l.includes(`topic="${dlqTopic}"`));
    expect(Number(line?.split(' ').pop())).toBeGreaterThanOrEqual(1);
  });

  it('reports each consumer group’s lag on its topics, read with the service’s own principal', async () => {
    const metrics = await funeral.request({ method: 'GET', url: '/metrics' });
    const line = metrics.text.split('\n').find((l) => l.startsWith('event_consumer_lag{') && l.includes('consumer="funeral.divisions"'));
    // -1 would say the broker refused or failed the read.
    expect(Number(line?.split(' ').pop())).toBeGreaterThanOrEqual(0);
  });
});

describe('the events command', () => {
  // As a principal that may read the platform's topics (the run's own; npm start's broker has no ACLs).
  const read = async (argv: string[]) => {
    const lines: string[] = [];
    const code = await eventsCommand(argv, process.env, (line) => lines.push(line));
    return { code, lines };
  };

  it('prints a topic’s events readably, citizen IDs masked unless asked, and lists every topic with its count', async () => {
    const broker = new TestBroker('events-tool-test');
    try {
      const citizenId = newCitizenId(newBirthDate(1938));
      const event = TestBroker.event(
        DeathRegistered,
        { deathRecordId: randomUUID(), citizenId, name: '孙', dateOfDeath: '2026-03-16', divisionCode: '310104003' },
        { subject: randomUUID() },
      );
      await broker.publish(DeathRegistered, [event]);

      const shown = await read(['--topic', DeathRegistered.topic, '--last', '0']);
      expect(shown.code).toBe(0);
      const text = shown.lines.join('\n');
      const block = text.split('\n── ').find((b) => b.includes(event.id))!;
      expect(block).toMatch(new RegExp(`^${DeathRegistered.topic.replace('.', '\\.')} partition \\d+ offset \\d+`));
      expect(block).toContain(`type     ${DeathRegistered.type}`);
      expect(block).toContain(`subject ${event.subject}`);
      expect(block).toContain('traceparent');
      expect(block).toContain('"name": "孙"');
      expect(block).toContain(`"citizenId": "${citizenId.slice(0, 6)}********${citizenId.slice(14)}"`);
      expect(text).not.toContain(citizenId);
      const revealed = await read(['--topic', DeathRegistered.topic, '--last', '0', '--show-personal-data']);
      expect(revealed.lines.join('\n')).toContain(`"citizenId": "${citizenId}"`);
      // The newest one only: the event just sent.
      const newest = await read(['--topic', DeathRegistered.topic, '--last', '1']);
      expect(newest.lines[0]).toMatch(/funeral\.death-record: \d+ event\(s\)/);
      expect(newest.lines.join('\n').match(/── /g)).toHaveLength(1);

      const listed = await read(['--list']);
      expect(listed.code).toBe(0);
      const count = Number(
        listed.lines
          .find((l) => l.endsWith(`  ${DeathRegistered.topic}`))
          ?.trim()
          .split(/\s+/)[0],
      );
      expect(count).toBeGreaterThanOrEqual(1);
      expect(listed.lines.some((l) => l.endsWith('  community.division'))).toBe(true);

      const unknown = await read(['--topic', 'funeral.deaths']);
      expect(unknown.code).toBe(2);
      expect(unknown.lines[0]).toContain('no platform topic "funeral.deaths"');
    } finally {
      await broker.close();
    }
  });
});
