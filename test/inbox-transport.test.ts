import { DataSource } from 'typeorm';
import { DivisionEstablished, DivisionEstablishedV1, DivisionRenamed, DivisionRenamedV1 } from '@civic/contracts';
import { DomainError } from '@civic/domain-kernel';
import { EventConsumerGroup, MessagingRuntime, OnEvent, OnEvents, PlatformModule, requestContext, UnitOfWork } from '@civic/platform';
import { eventually, startTestService, TestBroker, TestService, waitForConsumers } from '@civic/testing';
import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SERVICES } from './services';

const seen: { code: string; actor?: string }[] = [];

/** A consumer group whose handler refuses committees named 拒绝, and records what it ran in. */
@EventConsumerGroup('transport-test')
class ProbeConsumer {
  constructor(private readonly uow: UnitOfWork) {}

  @OnEvent(DivisionEstablished)
  async established(division: DivisionEstablishedV1): Promise<void> {
    if (division.name === '拒绝') throw new DomainError('PROBE.REFUSED', `probe refused ${division.code}`, 'rule');
    // transaction() refuses outside a unit of work: reaching the next line means the inbox's is in force.
    await this.uow.transaction().query('SELECT 1');
    seen.push({ code: division.code, actor: requestContext.current()?.actor?.subject });
  }
}

const runs: DivisionRenamedV1[][] = [];

/** A consumer group whose handler takes runs of events at once (`@OnEvents`), in the inbox transaction. */
@EventConsumerGroup('transport-batch-test')
class BatchProbeConsumer {
  constructor(private readonly uow: UnitOfWork) {}

  @OnEvents(DivisionRenamed)
  async renamed(divisions: DivisionRenamedV1[]): Promise<void> {
    await this.uow.transaction().query('SELECT 1');
    runs.push(divisions);
  }
}

const definition = SERVICES.charity.definition;

@Module({ imports: [PlatformModule.forService(definition)], controllers: [ProbeConsumer, BatchProbeConsumer] })
class ProbeModule {}

/** The custom Nest transport over EventConsumer: handlers declared with @OnEvent, run in the inbox transaction, real errors on the DLQ. */
describe('inbox transport', () => {
  let service: TestService;
  let broker: TestBroker;

  beforeAll(async () => {
    service = await startTestService(ProbeModule, definition);
    broker = new TestBroker('transport-test');
    await waitForConsumers(service);
  }, 90_000);
  afterAll(async () => {
    await broker?.close();
    await service?.close();
  });

  const established = (code: string, name: string) =>
    TestBroker.event(DivisionEstablished, { code, name, level: 'committee', parentCode: '310115001', validFrom: '2026-01-01' }, { subject: code });

  it('derives the consumer group and what it consumes from the decorated handlers', () => {
    const runtime = service.app.get(MessagingRuntime);
    expect(runtime.consumers.map((c) => c.groupId)).toContain('charity.transport-test');
    expect(runtime.consumes).toContain(DivisionEstablished);
  });

  it('runs a handler inside the inbox transaction as the consumer group, once per event id', async () => {
    const code = `310115001${String(Math.floor(Math.random() * 900) + 100)}`;
    const event = established(code, '试点居委会');
    await broker.publish(DivisionEstablished, [event, event]);
    const marker = established(`${code.slice(0, 9)}999`, '标记');
    await broker.publish(DivisionEstablished, [marker]);
    await eventually(
      async () => seen.some((s) => s.code === marker.data.code),
      (ok) => ok,
      { what: 'marker applied' },
    );
    // The handler ran as the consumer group. Its effect committed once, however often it was delivered:
    // a batch rolled back by another event (the topic's history) replays it one by one, so the
    // number of invocations is not the measure; the inbox, written in the handler's transaction, is.
    const runs = seen.filter((s) => s.code === code);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.every((r) => r.actor === 'system:charity.transport-test')).toBe(true);
    // `seen` is written inside the transaction, so the commit may follow it: wait for the row.
    const inboxRows = async () =>
      (
        await service.app.get(DataSource).query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1 AND consumer = 'charity.transport-test'`, [event.id])
      )[0].n as number;
    expect(await eventually(inboxRows, (n) => n > 0, { what: 'the event committed' })).toBe(1);
  });

  it('gives a batch handler the run of its events from one fetch, in order, each event once', async () => {
    const code = `310115002${String(Math.floor(Math.random() * 900) + 100)}`;
    const renamed = Array.from({ length: 5 }, (_, i) =>
      TestBroker.event(DivisionRenamed, { code, previousName: `旧名${i}`, name: `新名${i}`, effectiveFrom: '2026-07-01' }, { subject: code }),
    );
    // One produce request on one key: one partition, one fetch; the third event delivered twice.
    await broker.publish(DivisionRenamed, [...renamed.slice(0, 3), renamed[2], ...renamed.slice(3)]);
    const applied = () => runs.flat().filter((d) => d.code === code);
    await eventually(
      async () => applied().length,
      (n) => n >= 5,
      { what: 'five renames applied' },
    );
    expect(applied().map((d) => d.name)).toEqual(['新名0', '新名1', '新名2', '新名3', '新名4']);
    expect(runs.some((run) => run.filter((d) => d.code === code).length > 1)).toBe(true);
    const inboxRows = (
      await service.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) AND consumer = 'charity.transport-batch-test'`, [
          renamed.map((e) => e.id),
        ])
    )[0].n;
    expect(inboxRows).toBe(5);
  });

  it("parks a handler's failure on the DLQ with the handler's own error, not Nest's generic one", async () => {
    const refused = established(`3101150019${String(Math.floor(Math.random() * 90) + 10)}`, '拒绝');
    const id = randomUUID();
    await broker.publish(DivisionEstablished, [{ ...refused, id }]);
    const [letter] = await broker.deadLetters(DivisionEstablished, (h) => h.ce_id === id && h.dlq_consumer === 'charity.transport-test', 1, 60_000);
    expect(letter.dlq_error).toContain(`probe refused ${refused.data.code}`);
  });
});
