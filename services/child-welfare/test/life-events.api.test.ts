import { AdoptionRegistered, DeathRegistered } from '@civic/contracts';
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
 * Deaths (funeral) and adoptions (registration) through the broker: a guardian's death ends the
 * guardianship and opens a re-assessment case, a child's death or adoption closes the record and its
 * cases; a redelivered event changes nothing twice. Its own database.
 */
describe('child-welfare consumes deaths and adoptions', () => {
  let app: TestService;
  let broker: TestBroker;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  let station: string;
  let director: string;

  const post = (url: string, body: unknown) => app.request({ method: 'POST', url, token: officer, body });
  const get = (url: string) => app.request({ method: 'GET', url, token: officer });
  const childOf = async (body: Record<string, unknown> = {}) =>
    (
      await post('/api/v1/children', {
        citizenId: newCitizenId('20160301'),
        name: '小红',
        divisionCode: '310104003',
        address: '天平路 2 号',
        category: 'in-difficulty',
        subKind: 'poverty',
        registeredOn: '2026-03-01',
        ...body,
      })
    ).body.id as string;
  const applied = async (eventId: string) =>
    eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM child_welfare.inbox WHERE event_id = $1`, [eventId]))[0].n,
      (n) => n === 1,
      { what: `event ${eventId} applied`, timeoutMs: 30_000 },
    );
  const death = (citizenId: string, dateOfDeath = '2026-10-01') =>
    TestBroker.event(DeathRegistered, { deathRecordId: randomUUID(), citizenId, name: '某某', dateOfDeath, divisionCode: '310104003' }, { subject: citizenId });

  beforeAll(async () => {
    restore = await useFreshDatabase('child-welfare', 'civic_child_life_events');
    app = await startTestService(AppModule, service);
    await seedTestDivisions(app, 'child_welfare');
    broker = new TestBroker('child-welfare-life-events-test');
    officer = await testToken([
      'child-welfare:workstation.write',
      'child-welfare:child.read',
      'child-welfare:child.write',
      'child-welfare:case.read',
      'child-welfare:case.write',
      'child-welfare:personal-data.read',
    ]);
    db = app.app.get(DataSource);
    station = (await post('/api/v1/workstations', { divisionCode: '310104003', name: '天平路街道工作站', establishedOn: '2025-06-01' })).body.id;
    director = (
      await post(`/api/v1/workstations/${station}/staff`, {
        citizenId: newCitizenId('19800101'),
        name: '王老师',
        role: 'director',
        phone: '021-64000000',
        appointedOn: '2025-07-01',
      })
    ).body.staff[0].id;
    await waitForConsumers(app);
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await app?.close();
    restore?.();
  });

  it('a guardian’s death ends the guardianship and opens one re-assessment case, however often it is delivered', async () => {
    const grandma = newCitizenId('19550101');
    const child = await childOf();
    await post(`/api/v1/children/${child}/guardians`, {
      citizenId: grandma,
      name: '李桂兰',
      relation: 'grandparent',
      contact: '13900000000',
      from: '2026-03-01',
    });
    const died = death(grandma);
    await broker.publish(DeathRegistered, [died, died]);
    await applied(died.id);

    const record = await get(`/api/v1/children/${child}`);
    expect(record.body.guardians).toEqual([expect.objectContaining({ citizenId: grandma, to: '2026-10-01', endReason: '监护人死亡' })]);
    const cases = await get(`/api/v1/protection-cases?childId=${child}`);
    expect(cases.body.items).toEqual([
      expect.objectContaining({ source: 'guardian-death', stage: 'reported', workstationId: station, directorId: director, reportedOn: '2026-10-01' }),
    ]);
    const opened = await db.query(
      `SELECT count(*)::int AS n FROM child_welfare.outbox WHERE event_type = 'child-welfare.protection-case.opened.v1' AND payload->>'childId' = $1`,
      [child],
    );
    expect(opened[0].n).toBe(1);
  }, 90_000);

  it('a child’s death closes the record and the open cases', async () => {
    const citizenId = newCitizenId('20140101');
    const child = await childOf({ citizenId });
    const open = (
      await post(`/api/v1/workstations/${station}/protection-cases`, { childId: child, source: 'school', concern: '疑似无人照料', reportedOn: '2026-09-01' })
    ).body.id;
    const died = death(citizenId, '2026-10-05');
    await broker.publish(DeathRegistered, [died]);
    await applied(died.id);
    expect((await get(`/api/v1/children/${child}`)).body).toMatchObject({ status: 'closed', closedReason: 'deceased', closedOn: '2026-10-05' });
    expect((await get(`/api/v1/protection-cases/${open}`)).body).toMatchObject({ stage: 'closed', closedReason: '儿童死亡' });
  }, 90_000);

  it('an adoption registered closes the adoptee’s record and cases once, however often it is delivered', async () => {
    const citizenId = newCitizenId('20180101');
    const child = await childOf({ citizenId, category: 'orphan', subKind: null });
    const open = (
      await post(`/api/v1/workstations/${station}/protection-cases`, { childId: child, source: 'community', concern: '安置评估', reportedOn: '2026-09-01' })
    ).body.id;
    const adopted = TestBroker.event(
      AdoptionRegistered,
      {
        adoptionId: randomUUID(),
        adopters: [{ citizenId: newCitizenId('19850101'), name: '王伟' }],
        adoptee: { citizenId, name: '小明' },
        registeredOn: '2026-10-10',
        certificateNo: 'S310104-2026-000001',
      },
      { subject: citizenId },
    );
    await broker.publish(AdoptionRegistered, [adopted, adopted]);
    await applied(adopted.id);
    expect((await get(`/api/v1/children/${child}`)).body).toMatchObject({ status: 'closed', closedReason: 'adopted', closedOn: '2026-10-10' });
    expect((await get(`/api/v1/protection-cases/${open}`)).body).toMatchObject({ stage: 'closed', closedReason: '已办理收养登记' });
    const closed = await db.query(
      `SELECT count(*)::int AS n FROM child_welfare.outbox WHERE event_type = 'child-welfare.protection-case.closed.v1' AND payload->>'caseId' = $1`,
      [open],
    );
    expect(closed[0].n).toBe(1);
  }, 90_000);
});
