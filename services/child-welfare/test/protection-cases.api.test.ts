import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 未成年人保护个案 through the API, on a database of its own: stages in order, time limits as data, overdue lists, scope. */
describe('child-welfare protection cases (未成年人保护个案)', () => {
  const clock = new ControllableClock(new Date('2026-11-02T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  let station: string;
  let director: string;
  let child: string;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const report = (body: Record<string, unknown> = {}, at = station) =>
    post(`/api/v1/workstations/${at}/protection-cases`, {
      childId: child,
      directorId: director,
      source: 'school',
      concern: '长期缺课, 疑似无人照料',
      reportedOn: '2026-11-01',
      ...body,
    });
  const cases = async () => Number((await db.query(`SELECT count(*) AS n FROM child_welfare.protection_case`))[0].n);

  beforeAll(async () => {
    restore = await useFreshDatabase('child-welfare', 'civic_protection_cases');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'child_welfare');
    officer = await testToken([
      'child-welfare:workstation.write',
      'child-welfare:child.write',
      'child-welfare:case.read',
      'child-welfare:case.write',
      'child-welfare:statistics.read',
    ]);
    db = app.app.get(DataSource);
    station = (await post('/api/v1/workstations', { divisionCode: '310104003', name: '天平路街道未成年人保护工作站', establishedOn: '2025-06-01' })).body.id;
    const staffed = await post(`/api/v1/workstations/${station}/staff`, {
      citizenId: newCitizenId('19800101'),
      name: '王老师',
      role: 'director',
      phone: '021-64000000',
      appointedOn: '2025-07-01',
    });
    director = staffed.body.staff[0].id;
    child = (
      await post('/api/v1/children', {
        citizenId: newCitizenId('20150601'),
        name: '小明',
        divisionCode: '310104003',
        address: '天平路 1 号',
        category: 'left-behind',
        registeredOn: '2026-03-01',
      })
    ).body.id;
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });
  beforeEach(() => clock.set(new Date('2026-11-02T02:00:00Z')));

  it('takes a case from report to closure, stage by stage, publishing its opening and closing', async () => {
    const opened = await report();
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ stage: 'reported', dueOn: '2026-11-02', overdue: false, workstationId: station, directorId: director });
    const id = opened.body.id;
    const assessed = await post(
      `/api/v1/protection-cases/${id}/assessment`,
      { assessedOn: '2026-11-02', riskLevel: 'high', findings: '父母外出, 祖母卧病' },
      { 'if-match': '"1"' },
    );
    expect(assessed.body).toMatchObject({ stage: 'assessed', dueOn: '2026-11-05' });
    expect((await post(`/api/v1/protection-cases/${id}/plan`, { plannedOn: '2026-11-02', measures: 'x' }, { 'if-match': '"1"' })).status).toBe(412);
    clock.set(new Date('2026-11-20T02:00:00Z'));
    await post(`/api/v1/protection-cases/${id}/plan`, { plannedOn: '2026-11-04', measures: '落实临时监护' });
    await post(`/api/v1/protection-cases/${id}/referrals`, { to: 'education', agency: '徐汇区教育局', reason: '复学安排', referredOn: '2026-11-05' });
    const visited = await post(`/api/v1/protection-cases/${id}/visits`, { visitedOn: '2026-11-10', notes: '已入住亲属家' });
    expect(visited.body).toMatchObject({ stage: 'follow-up', dueOn: '2026-12-10', visits: [{ visitedOn: '2026-11-10' }] });
    expect(visited.body.referrals).toEqual([expect.objectContaining({ to: 'education', agency: '徐汇区教育局' })]);
    const closed = await post(`/api/v1/protection-cases/${id}/closure`, { closedOn: '2026-11-20', reason: '监护落实, 风险解除' });
    expect(closed.body).toMatchObject({ stage: 'closed', dueOn: null, closedReason: '监护落实, 风险解除' });
    const events = await db.query(`SELECT event_type FROM child_welfare.outbox WHERE payload->>'caseId' = $1 ORDER BY created_at`, [id]);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual([
      'child-welfare.protection-case.opened.v1',
      'child-welfare.protection-case.closed.v1',
    ]);
  });

  it('lists the cases past their stage’s time limit per workstation, and counts them', async () => {
    const late = (await report()).body.id;
    const onTime = (await report({ reportedOn: '2026-11-02' })).body.id;
    clock.set(new Date('2026-11-03T02:00:00Z'));
    const overdue = await get(`/api/v1/protection-cases?workstationId=${station}&overdue=true&limit=200`);
    const ids = overdue.body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(late);
    expect(ids).not.toContain(onTime);
    expect(overdue.body.items.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
    const stats = await get('/api/v1/statistics/protection-cases?divisionCode=310104');
    const reported = stats.body.find((r: { stage: string }) => r.stage === 'reported');
    expect(reported).toMatchObject({ workstationId: station });
    expect(reported.overdue).toBeGreaterThanOrEqual(1);
    expect(reported.open).toBeGreaterThan(reported.overdue);
  });

  it('keeps the time limits as data', async () => {
    const admin = await testToken(['child-welfare:case.read', 'child-welfare:case.write', 'child-welfare:case.policy']);
    const put = (body: unknown, token = admin) => app.request({ method: 'PUT', url: '/api/v1/case-time-limits', token, body });
    expect((await get('/api/v1/case-time-limits')).body).toEqual({ reported: 1, assessed: 3, planned: 7, 'follow-up': 30 });
    expect((await put({ reported: 0, assessed: 3, planned: 7, 'follow-up': 30 })).status).toBe(400);
    expect((await put({ reported: 1, assessed: 3, planned: 7, 'follow-up': 30 }, officer)).status).toBe(403);
    try {
      expect((await put({ reported: 2, assessed: 3, planned: 7, 'follow-up': 30 })).status).toBe(200);
      expect((await report()).body.dueOn).toBe('2026-11-03');
    } finally {
      await put({ reported: 1, assessed: 3, planned: 7, 'follow-up': 30 });
    }
  });

  it('refuses stages out of order and bad input with problem+json, writing nothing', async () => {
    const id = (await report()).body.id;
    const early = await post(`/api/v1/protection-cases/${id}/plan`, { plannedOn: '2026-11-02', measures: 'x' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:protection-case.wrong-stage');
    expect((await post(`/api/v1/protection-cases/${id}/assessment`, { assessedOn: '2026-10-31', riskLevel: 'low', findings: 'x' })).status).toBe(422);
    expect((await get(`/api/v1/protection-cases/${id}`)).body).toMatchObject({ stage: 'reported', version: 1 });

    const before = await cases();
    expect((await report({ source: 'rumour' })).status).toBe(400);
    expect((await report({ concern: '' })).status).toBe(400);
    expect((await report({ reportedOn: '2099-01-01' })).status).toBe(422);
    expect((await report({ directorId: randomUUID() })).body.type).toBe('urn:civic:problem:workstation.not-a-director');
    expect((await report({ childId: randomUUID() })).status).toBe(404);
    expect((await report({}, randomUUID())).status).toBe(404);
    expect(await cases()).toBe(before);
  });

  it('keeps a case in a district outside the caller’s scope out of reach', async () => {
    const pudongStation = (await post('/api/v1/workstations', { divisionCode: '310115001', name: '潍坊新村街道工作站', establishedOn: '2025-06-01' })).body.id;
    const pudongCase = (await report({ childId: null, directorId: null }, pudongStation)).body.id;
    const xuhui = await testToken(['child-welfare:case.read', 'child-welfare:case.write'], 'xuhui-director', 'test-suite', ['310104']);
    expect((await get(`/api/v1/protection-cases/${pudongCase}`, xuhui)).status).toBe(403);
    expect(
      (await post(`/api/v1/workstations/${pudongStation}/protection-cases`, { source: 'school', concern: 'x', reportedOn: '2026-11-01' }, {}, xuhui)).status,
    ).toBe(403);
    const theirs = await get('/api/v1/protection-cases?limit=200', xuhui);
    expect(theirs.body.items.every((c: { divisionCode: string }) => c.divisionCode.startsWith('310104'))).toBe(true);
    expect((await app.request({ method: 'GET', url: '/api/v1/protection-cases' })).status).toBe(401);
  });
});
