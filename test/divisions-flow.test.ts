import { BusinessDate, systemClock } from '@civic/domain-kernel';
import { DivisionEstablished } from '@civic/contracts';
import { DivisionDirectory } from '@civic/divisions';
import { cloudEventHeaders, KafkaGateway } from '@civic/messaging';
import { eventually, quietLogger, startTestService, TestBroker, TestService, testToken, waitForConsumers } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DIVISION_CONSUMERS, SERVICES } from './services';

let serial = Math.floor(Math.random() * 900);
const newCommittee = () => `310115001${String(++serial % 1000).padStart(3, '0')}`;

describe('administrative divisions flow from community to every other service through Kafka', () => {
  const running: Record<string, TestService> = {};
  let writer: string;
  let reader: string;
  let gateway: KafkaGateway;

  beforeAll(async () => {
    for (const [name, { module, definition }] of Object.entries(SERVICES)) running[name] = await startTestService(module, definition);
    writer = await testToken(['community:division.write', 'community:division.read']);
    reader = await testToken(['*:division.read']);
    gateway = new KafkaGateway('flow-test', process.env.KAFKA_BROKERS!.split(','), quietLogger);
    // The township every test's committee hangs under (浦东新区 / a test street).
    const township = await running.community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code: '310115001', name: '测试镇' } });
    expect([201, 409]).toContain(township.status);
  }, 120_000);

  afterAll(async () => {
    await gateway.close();
    await Promise.all(Object.values(running).map((s) => s.close()));
  });

  const readIn = (name: string, code: string) => running[name].request({ method: 'GET', url: `/api/v1/divisions/${code}`, token: reader });
  const inboxRows = async (name: string, eventType: string, code: string) =>
    (
      await running[name].app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM inbox i JOIN division d ON d.last_event_id = i.event_id WHERE i.event_type = $1 AND d.code = $2`, [
          eventType,
          code,
        ])
    )[0].n;

  it('the seeded districts reach all six read models', async () => {
    // Joining waits out members an earlier test's app left behind mid-join (up to a session timeout).
    await waitForConsumers(...DIVISION_CONSUMERS.map((name) => running[name]));
    for (const name of DIVISION_CONSUMERS) {
      const res = await eventually(
        () => readIn(name, '310151'),
        (r) => r.status === 200,
        { what: `${name} knows 崇明区`, timeoutMs: 60_000 },
      );
      expect(res.body).toMatchObject({ name: '崇明区', level: 'county', parentCode: '310000' });
    }
  }, 150_000);

  it('each service validates division codes in its own commands against its read model', async () => {
    const directory = running.registration.app.get(DivisionDirectory);
    await eventually(
      () => readIn('registration', '310104'),
      (r) => r.status === 200,
      { what: 'registration knows 徐汇区' },
    );
    await expect(directory.requireActive('310104', 'residence')).resolves.toMatchObject({ name: '徐汇区' });
    await expect(directory.requireActive('310199', 'residence')).rejects.toMatchObject({ code: 'DIVISION.UNKNOWN', field: 'residence' });
    await expect(directory.requireActive('31A', 'residence')).rejects.toMatchObject({ code: 'DIVISION_CODE.MALFORMED' });
  });

  it('a new division appears in all six services within seconds, exactly once', async () => {
    const code = newCommittee();
    const requestId = `flow-${randomUUID()}`;
    const created = await running.community.request({
      method: 'POST',
      url: '/api/v1/divisions',
      token: writer,
      body: { code, name: '新建居委会' },
      headers: { 'x-request-id': requestId },
    });
    expect(created.status).toBe(201);
    for (const name of DIVISION_CONSUMERS) {
      const res = await eventually(
        () => readIn(name, code),
        (r) => r.status === 200,
        { what: `${name} knows ${code}`, timeoutMs: 15_000 },
      );
      expect(res.body).toMatchObject({ code, name: '新建居委会', level: 'committee', parentCode: '310115001', status: 'active' });
      expect(await inboxRows(name, DivisionEstablished.type, code)).toBe(1);
      // The change is in the consumer's audit log as its own, under the request that caused it.
      const audited = await running[name].app
        .get(DataSource)
        .query(`SELECT actor_subject, method, request_id FROM audit_log WHERE action = $1 AND resource_id = $2`, [`event:${DivisionEstablished.type}`, code]);
      expect(audited).toEqual([{ actor_subject: `system:${name}.divisions`, method: 'EVENT', request_id: requestId }]);
    }
  });

  it('a committee merge reaches every read model: the merged committee revoked the day before, the one it joined in force', async () => {
    const [into, merged] = [newCommittee(), newCommittee()];
    for (const code of [into, merged])
      expect(
        (await running.community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: `居委会${code.slice(-3)}` } })).status,
      ).toBe(201);
    const effectiveFrom = BusinessDate.today(systemClock).addDays(1);
    const merger = await running.community.request({
      method: 'POST',
      url: `/api/v1/divisions/${into}/merger`,
      token: writer,
      body: { mergedCodes: [merged], effectiveFrom: effectiveFrom.toString() },
    });
    expect(merger.status).toBe(200);
    for (const name of DIVISION_CONSUMERS) {
      const res = await eventually(
        () => readIn(name, merged),
        (r) => r.body?.status === 'revoked',
        { what: `${name} sees ${merged} merged away`, timeoutMs: 15_000 },
      );
      expect(res.body.validTo).toBe(effectiveFrom.addDays(-1).toString());
      expect((await readIn(name, into)).body.status).toBe('active');
    }
  });

  it('a consumer restarted in the middle catches up with what it missed, applying each event once', async () => {
    const code = newCommittee();
    await running.community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '重启前' } });
    await eventually(
      () => readIn('assistance', code),
      (r) => r.status === 200,
      { what: 'assistance saw the division' },
    );

    await running.assistance.close();
    await running.community.request({ method: 'POST', url: `/api/v1/divisions/${code}/rename`, token: writer, body: { name: '重启中' } });
    await running.community.request({ method: 'POST', url: `/api/v1/divisions/${code}/revocation`, token: writer, body: { reason: '测试撤销' } });
    running.assistance = await startTestService(SERVICES.assistance.module, SERVICES.assistance.definition);

    const res = await eventually(
      () => readIn('assistance', code),
      (r) => r.body?.status === 'revoked',
      { what: 'assistance caught up', timeoutMs: 30_000 },
    );
    expect(res.body.name).toBe('重启中');
    await expect(running.assistance.app.get(DivisionDirectory).requireActive(code)).rejects.toMatchObject({ code: 'DIVISION.REVOKED' });
    const eventIds: string[] = (await running.community.app.get(DataSource).query(`SELECT event_id FROM outbox WHERE message_key = $1`, [code])).map(
      (r: { event_id: string }) => r.event_id,
    );
    expect(eventIds).toHaveLength(3);
    const applied = await running.assistance.app
      .get(DataSource)
      .query(`SELECT event_id, count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`, [eventIds]);
    expect(applied.map((r: { n: number }) => r.n)).toEqual([1, 1, 1]);
  });

  it('a redelivered event (same ce_id) has no second effect', async () => {
    const code = newCommittee();
    const event = {
      id: randomUUID(),
      type: DivisionEstablished.type,
      source: '/civic/community',
      subject: code,
      time: new Date().toISOString(),
      data: { code, name: '重复投递', level: 'committee', parentCode: '310115001', validFrom: '2026-01-01' },
    };
    const message = { key: code, value: JSON.stringify(event.data), headers: cloudEventHeaders(event) };
    await gateway.sendBatch([{ topic: DivisionEstablished.topic, messages: [message, message, message] }]);
    for (const name of DIVISION_CONSUMERS) {
      await eventually(
        () => readIn(name, code),
        (r) => r.status === 200,
        { what: `${name} applied the event` },
      );
      const rows = await running[name].app.get(DataSource).query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [event.id]);
      expect(rows[0].n).toBe(1);
    }
  });

  it('an event that breaks its schema is parked on the DLQ with the error, and the partition keeps moving', async () => {
    const badCode = newCommittee();
    const goodCode = newCommittee();
    const bad = {
      id: randomUUID(),
      type: DivisionEstablished.type,
      source: '/civic/community',
      subject: badCode,
      time: new Date().toISOString(),
      data: { code: badCode },
    };
    const good = {
      ...bad,
      id: randomUUID(),
      subject: goodCode,
      data: { code: goodCode, name: '合规', level: 'committee', parentCode: '310115001', validFrom: '2026-01-01' },
    };
    // Same key, so the good event sits behind the bad one in the same partition.
    await gateway.sendBatch([
      {
        topic: DivisionEstablished.topic,
        messages: [
          // Marked, so the topic check (tools/contract-checks/topics.py) knows it is broken on purpose.
          { key: 'dlq-test', value: JSON.stringify(bad.data), headers: { ...cloudEventHeaders(bad), 'civic-test-fault': 'schema' } },
          { key: 'dlq-test', value: JSON.stringify(good.data), headers: cloudEventHeaders(good) },
        ],
      },
    ]);
    await eventually(
      () => readIn('funeral', goodCode),
      (r) => r.status === 200,
      { what: 'the event behind the bad one was applied' },
    );
    expect((await readIn('funeral', badCode)).status).toBe(404);

    const parked = await parkedCopies(bad.id);
    expect(parked[0].error).toMatch(/schema violation/);
    expect(new Set(parked.map((p) => p.consumer))).toEqual(new Set(DIVISION_CONSUMERS.map((n) => `${n}.divisions`)));
  });

  it('an event from a service its contract does not name as producer is parked, not applied', async () => {
    const forgedCode = newCommittee();
    const goodCode = newCommittee();
    const data = (code: string) => ({ code, name: '冒名', level: 'committee', parentCode: '310115001', validFrom: '2026-01-01' });
    // A division established by "funeral": only community produces division events.
    const forged = {
      id: randomUUID(),
      type: DivisionEstablished.type,
      source: '/civic/funeral',
      subject: forgedCode,
      time: new Date().toISOString(),
      data: data(forgedCode),
    };
    const good = { ...forged, id: randomUUID(), source: '/civic/community', subject: goodCode, data: data(goodCode) };
    await gateway.sendBatch([
      {
        topic: DivisionEstablished.topic,
        messages: [
          { key: 'source-test', value: JSON.stringify(forged.data), headers: { ...cloudEventHeaders(forged), 'civic-test-fault': 'source' } },
          { key: 'source-test', value: JSON.stringify(good.data), headers: cloudEventHeaders(good) },
        ],
      },
    ]);
    await eventually(
      () => readIn('funeral', goodCode),
      (r) => r.status === 200,
      { what: 'the event behind the forged one was applied' },
    );
    const parked = await parkedCopies(forged.id);
    expect(parked[0].error).toMatch(/unexpected source: .* comes from \/civic\/community, not "\/civic\/funeral"/);
    for (const name of DIVISION_CONSUMERS) expect((await readIn(name, forgedCode)).status).toBe(404);
  });

  /** The DLQ copies of one event, once every division consumer has parked it. */
  async function parkedCopies(eventId: string): Promise<{ error: string; consumer: string }[]> {
    const broker = new TestBroker('dlq-reader');
    try {
      const parked = await broker.deadLetters(DivisionEstablished, (headers) => headers.ce_id === eventId, DIVISION_CONSUMERS.length);
      return parked.map((headers) => ({ error: headers.dlq_error, consumer: headers.dlq_consumer }));
    } finally {
      await broker.close();
    }
  }
});
