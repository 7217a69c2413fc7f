import { BenefitGranted, BenefitTerminated, PersonTagged } from '@civic/contracts';
import {
  eventually,
  newCitizenId,
  seedTestDivisions,
  startTestService,
  TestBroker,
  TestService,
  testToken,
  useFreshDatabase,
  waitForConsumers,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/**
 * assistance's benefit events through the broker move an elder in the basic-guarantee line: a
 * 特困 (tekun) grant puts them first, its termination puts them back; a redelivered event changes
 * nothing twice. Its own database, so the line of 310104 is this file's.
 */
describe('eldercare consumes benefits (特困/低保 first in line) and living-alone tags (探访)', () => {
  let app: TestService;
  let broker: TestBroker;
  let caseworker: string;
  let restore: () => void;

  beforeAll(async () => {
    restore = await useFreshDatabase('eldercare', 'civic_eldercare_benefits');
    app = await startTestService(AppModule, service);
    await seedTestDivisions(app, 'eldercare');
    broker = new TestBroker('eldercare-benefits-test');
    caseworker = await testToken([
      'eldercare:waiting-list.read',
      'eldercare:waiting-list.apply',
      'eldercare:visit.read',
      'eldercare:visit.close',
      'eldercare:personal-data.read',
    ]);
    await waitForConsumers(app);
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await app?.close();
    restore?.();
  });

  const apply = async (citizenId: string) =>
    (await app.request({ method: 'POST', url: '/api/v1/waiting-list', token: caseworker, body: { citizenId, name: '老人', divisionCode: '310104003' } })).body
      .id as string;
  const position = async (id: string) => (await app.request({ method: 'GET', url: `/api/v1/waiting-list/${id}`, token: caseworker })).body.position as number;
  const facts = (citizenId: string, benefitId: string) => ({
    benefitId,
    householdId: randomUUID(),
    programme: 'tekun' as const,
    divisionCode: '310104003',
    memberCitizenIds: [citizenId],
  });

  it('moves an elder granted 特困 to the head of the line, keeps them there on redelivery, and back when it ends', async () => {
    const first = await apply(newCitizenId('19300101'));
    const poor = newCitizenId('19450101');
    const second = await apply(poor);
    expect([await position(first), await position(second)]).toEqual([1, 2]);

    const benefitId = randomUUID();
    const granted = TestBroker.event(BenefitGranted, { ...facts(poor, benefitId), monthlyAmount: '1800.00', startsOn: '2026-06-01' }, { subject: benefitId });
    await broker.publish(BenefitGranted, [granted]);
    await eventually(
      () => position(second),
      (p) => p === 1,
      { what: 'the 特困 elder first in line', timeoutMs: 30_000 },
    );
    expect(await position(first)).toBe(2);

    // The same event again, then a termination behind it: the grant is applied once, the end undoes it.
    const ended = TestBroker.event(BenefitTerminated, { ...facts(poor, benefitId), effectiveOn: '2026-09-01', reason: '不再符合条件' }, { subject: benefitId });
    await broker.publish(BenefitGranted, [granted]);
    await broker.publish(BenefitTerminated, [ended]);
    await eventually(
      () => position(second),
      (p) => p === 2,
      { what: 'the elder back in their place', timeoutMs: 30_000 },
    );
    const db = app.app.get(DataSource);
    const rows = await db.query(`SELECT active FROM eldercare.elder_benefit WHERE citizen_id = $1`, [poor]);
    expect(rows).toEqual([{ active: false }]);
    const inbox = await db.query(`SELECT count(*)::int AS n FROM eldercare.inbox WHERE event_id = $1`, [granted.id]);
    expect(inbox[0].n).toBe(1);
  }, 90_000);

  it('plans one visit for an elder tagged living alone, however often the tag arrives, and records it when made', async () => {
    const elder = newCitizenId('19380101');
    const tag = (tagName: string) =>
      TestBroker.event(
        PersonTagged,
        { citizenId: elder, name: '张阿婆', tag: tagName, divisionCode: '310104003', taggedAt: new Date().toISOString() },
        { subject: elder },
      );
    const livingAlone = tag('living-alone-elder');
    const last = tag('disabled');
    await broker.publish(PersonTagged, [livingAlone, livingAlone, tag('living-alone-elder'), last]);
    const tasks = await eventually(
      () => app.request({ method: 'GET', url: '/api/v1/visit-tasks?divisionCode=310104&status=open&limit=200', token: caseworker }),
      (r) => r.body.items.some((t: { citizenId: string }) => t.citizenId === elder),
      { what: 'a visit planned', timeoutMs: 30_000 },
    );
    const db = app.app.get(DataSource);
    // All four share the elder's key, so they come in order: once the last is applied, so are the others.
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM eldercare.inbox WHERE event_id = $1`, [last.id]))[0].n,
      (n) => n === 1,
      { what: 'the last tag event applied' },
    );
    expect((await db.query(`SELECT count(*)::int AS n FROM eldercare.visit_task WHERE citizen_id = $1`, [elder]))[0].n).toBe(1);
    const task = tasks.body.items.find((t: { citizenId: string }) => t.citizenId === elder);
    const closed = await app.request({
      method: 'POST',
      url: `/api/v1/visit-tasks/${task.id}/closure`,
      token: caseworker,
      body: { visitedOn: '2026-06-01', outcome: '身体尚好, 已登记老年助餐' },
    });
    expect(closed.body).toMatchObject({ status: 'closed', visitedOn: '2026-06-01' });
  }, 90_000);
});
