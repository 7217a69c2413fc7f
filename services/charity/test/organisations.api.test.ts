import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 社会组织登记管理 through the API: registration, changes, grades, inspections, the dormancy review, recognition and qualification. Its own database. */
describe('charity: social organisations', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const rows = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM charity.${table}`))[0].n);
  const outbox = (type: string, key: string) =>
    db.query(`SELECT payload FROM charity.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY created_at`, [type, key]);
  const foundation = (overrides: Record<string, unknown> = {}) => ({
    uscc: newUscc('53'),
    kind: 'foundation',
    name: `助老基金会${Math.random().toString(36).slice(2, 8)}`,
    domicileDivisionCode: '310104003',
    authorityLevel: 'city',
    legalRepresentative: '李四',
    registeredCapital: '4000000.00',
    registeredOn: '2024-03-01',
    ...overrides,
  });
  const register = async (overrides: Record<string, unknown> = {}) => {
    const registered = await post('/api/v1/organisations', foundation(overrides));
    expect(registered.status).toBe(201);
    return registered.body as { id: string; uscc: string; version: number };
  };

  beforeAll(async () => {
    restore = await useFreshDatabase('charity', 'civic_charity_organisations');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'charity');
    officer = await testToken(['charity:organisation.read', 'charity:organisation.write', 'charity:organisation.govern']);
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('registers an organisation (published), changes it with history, and deregisters it', async () => {
    const body = foundation();
    const registered = await post('/api/v1/organisations', body);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ uscc: body.uscc, kind: 'foundation', status: 'registered', registeredCapital: '4000000.00', version: 1 });
    const id = registered.body.id;
    expect(registered.headers.location).toBe(`/api/v1/organisations/${id}`);
    expect((await outbox('charity.organisation.registered.v1', id)).map((r: { payload: object }) => r.payload)).toEqual([
      expect.objectContaining({ organisationId: id, uscc: body.uscc, kind: 'foundation', registeredOn: '2024-03-01', registeredCapital: '4000000.00' }),
    ]);

    const changed = await post(`/api/v1/organisations/${id}/changes`, { legalRepresentative: '王五', changedOn: '2026-05-10' }, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ legalRepresentative: '王五', version: 2 });
    expect((await post(`/api/v1/organisations/${id}/changes`, { name: '新名', changedOn: '2026-05-10' }, { 'if-match': '"1"' })).status).toBe(412);
    const same = await post(`/api/v1/organisations/${id}/changes`, { legalRepresentative: '王五', changedOn: '2026-05-11' });
    expect(same.status).toBe(422);
    expect(same.body.type).toBe('urn:civic:problem:organisation.nothing-changed');
    expect((await outbox('charity.organisation.changed.v1', id))[0].payload).toMatchObject({ changed: ['legalRepresentative'], changedOn: '2026-05-10' });

    const deregistered = await post(`/api/v1/organisations/${id}/deregistration`, { reason: '章程规定的解散事由出现', deregisteredOn: '2026-05-20' });
    expect(deregistered.body).toMatchObject({ status: 'deregistered', deregisteredOn: '2026-05-20' });
    expect(await outbox('charity.organisation.deregistered.v1', id)).toHaveLength(1);
    const history = await get(`/api/v1/organisations/${id}/history`);
    expect(history.body.map((h: { change: string }) => h.change)).toEqual(['registered', 'changed', 'deregistered']);
    expect((await post(`/api/v1/organisations/${id}/grade`, { grade: '3A', gradedOn: '2026-05-30' })).body.type).toBe(
      'urn:civic:problem:organisation.deregistered',
    );
  });

  it('refuses an invalid code, a code of another kind, a second organisation with the same code, and short capital: nothing written', async () => {
    const before = await rows('organisation');
    const taken = await register();
    const bad = taken.uscc.slice(0, 17) + (taken.uscc[17] === '0' ? '1' : '0');
    const invalid = await post('/api/v1/organisations', foundation({ uscc: bad }));
    expect(invalid.status).toBe(422);
    expect(invalid.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(invalid.body.type).toBe('urn:civic:problem:uscc.bad-check-character');
    expect((await post('/api/v1/organisations', foundation({ uscc: newUscc('91') }))).body.type).toBe('urn:civic:problem:organisation.uscc-kind-mismatch');
    const twice = await post('/api/v1/organisations', foundation({ uscc: taken.uscc }));
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:organisation.uscc-taken');
    expect((await post('/api/v1/organisations', foundation({ registeredCapital: '100.00' }))).body.type).toBe(
      'urn:civic:problem:organisation.capital-below-minimum',
    );
    expect((await post('/api/v1/organisations', foundation({ uscc: 'not-a-code' }))).status).toBe(400);
    expect((await post('/api/v1/organisations', foundation({ registeredOn: '2026-06-02' }))).status).toBe(422);
    expect((await post('/api/v1/organisations', foundation({ domicileDivisionCode: '310199999' }))).status).toBe(422);
    expect(await rows('organisation')).toBe(before + 1);
  });

  it('grades 1A-5A for five years, lists the grades expiring, and refuses a grade outside them', async () => {
    const organisation = await register({ registeredOn: '2020-01-01' });
    const graded = await post(`/api/v1/organisations/${organisation.id}/grade`, { grade: '4A', gradedOn: '2021-07-01' });
    expect(graded.body).toMatchObject({ grade: '4A', gradedOn: '2021-07-01', gradeExpiresOn: '2026-06-30' });
    expect((await outbox('charity.organisation.graded.v1', organisation.id))[0].payload).toMatchObject({ grade: 4, expiresOn: '2026-06-30' });
    const expiring = await get('/api/v1/organisations?gradeExpiresBy=2026-08-31&limit=200');
    expect(expiring.body.items.map((o: { id: string }) => o.id)).toContain(organisation.id);
    const bad = await post(`/api/v1/organisations/${organisation.id}/grade`, { grade: '6A', gradedOn: '2026-05-01' });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe('urn:civic:problem:organisation.grade-out-of-range');
    expect((await get(`/api/v1/organisations/${organisation.id}`)).body.grade).toBe('4A');
  });

  it('records one inspection per organisation and year, late after 31 May of the next year', async () => {
    const organisation = await register();
    const inspected = await post(`/api/v1/organisations/${organisation.id}/inspections`, {
      year: 2025,
      result: 'pass',
      activityCount: 8,
      submittedOn: '2026-05-31',
    });
    expect(inspected.status).toBe(201);
    expect(
      (await post(`/api/v1/organisations/${organisation.id}/inspections`, { year: 2024, result: 'basic-pass', activityCount: 2, submittedOn: '2026-06-01' }))
        .status,
    ).toBe(201);
    const twice = await post(`/api/v1/organisations/${organisation.id}/inspections`, {
      year: 2025,
      result: 'fail',
      activityCount: 0,
      submittedOn: '2026-06-01',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:organisation.inspection-recorded');
    expect(
      (await post(`/api/v1/organisations/${organisation.id}/inspections`, { year: 2026, result: 'pass', activityCount: 1, submittedOn: '2026-06-01' })).body
        .type,
    ).toBe('urn:civic:problem:organisation.inspection-year-invalid');
    expect(
      (await post(`/api/v1/organisations/${organisation.id}/inspections`, { year: 2025, result: 'excellent', activityCount: 1, submittedOn: '2026-06-01' }))
        .status,
    ).toBe(400);
    const listed = await get(`/api/v1/organisations/${organisation.id}/inspections`);
    expect(listed.body).toEqual([
      { year: 2025, result: 'pass', activityCount: 8, submittedOn: '2026-05-31', late: false },
      { year: 2024, result: 'basic-pass', activityCount: 2, submittedOn: '2026-06-01', late: true },
    ]);
  });

  it('flags organisations two closed years without inspection or activity dormant (published), once however often it runs; an officer clears the flag', async () => {
    const silent = await register({ registeredOn: '2020-01-10' });
    const idle = await register({ registeredOn: '2020-01-10' });
    const active = await register({ registeredOn: '2020-01-10' });
    const young = await register({ registeredOn: '2024-02-01' });
    await post(`/api/v1/organisations/${idle.id}/inspections`, { year: 2025, result: 'basic-pass', activityCount: 0, submittedOn: '2026-04-01' });
    await post(`/api/v1/organisations/${active.id}/inspections`, { year: 2025, result: 'pass', activityCount: 5, submittedOn: '2026-04-01' });

    const first = await post('/api/v1/dormancy-reviews', {});
    expect(first.status).toBe(200);
    expect(first.body.flagged).toEqual(expect.arrayContaining([silent.id, idle.id]));
    expect(first.body.flagged).not.toContain(active.id);
    expect(first.body.flagged).not.toContain(young.id);
    expect((await get(`/api/v1/organisations/${silent.id}`)).body).toMatchObject({ dormant: true, dormantSince: '2026-06-01', inactiveYears: [2024, 2025] });
    expect((await outbox('charity.organisation.flagged-dormant.v1', silent.id)).map((r: { payload: object }) => r.payload)).toEqual([
      expect.objectContaining({ organisationId: silent.id, inactiveYears: [2024, 2025] }),
    ]);
    const dormant = await get('/api/v1/organisations?dormant=true&limit=200');
    expect(dormant.body.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([silent.id, idle.id]));

    expect((await post('/api/v1/dormancy-reviews', {})).body.flagged).toEqual([]);
    expect(await outbox('charity.organisation.flagged-dormant.v1', silent.id)).toHaveLength(1);

    const cleared = await post(`/api/v1/organisations/${idle.id}/dormancy-clearance`, { reason: '提供了 2025 年活动记录' });
    expect(cleared.body).toMatchObject({ dormant: false });
    expect((await post('/api/v1/dormancy-reviews', {})).body.flagged).not.toContain(idle.id);
    expect((await post(`/api/v1/organisations/${idle.id}/dormancy-clearance`, { reason: 'again' })).status).toBe(409);
    // A dormant organisation can be deregistered through the API.
    expect((await post(`/api/v1/organisations/${silent.id}/deregistration`, { reason: '僵尸型社会组织清理', deregisteredOn: '2026-06-01' })).body.status).toBe(
      'deregistered',
    );
  });

  it('qualifies a recognised charity for public fundraising only after the minimum time since registration', async () => {
    const recent = await register({ registeredOn: '2025-09-01' });
    const unrecognised = await post(`/api/v1/organisations/${recent.id}/fundraising-qualification`, { qualifiedOn: '2026-06-01' });
    expect(unrecognised.body.type).toBe('urn:civic:problem:organisation.not-recognised');
    expect((await post(`/api/v1/organisations/${recent.id}/charity-recognition`, { recognisedOn: '2026-01-05' })).body.charityRecognisedOn).toBe('2026-01-05');
    const tooSoon = await post(`/api/v1/organisations/${recent.id}/fundraising-qualification`, { qualifiedOn: '2026-06-01' });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.type).toBe('urn:civic:problem:organisation.registered-too-recently');
    expect((await get(`/api/v1/organisations/${recent.id}`)).body.fundraisingQualifiedOn).toBeNull();

    const older = await register({ registeredOn: '2025-05-31' });
    await post(`/api/v1/organisations/${older.id}/charity-recognition`, { recognisedOn: '2025-12-01' });
    expect((await post(`/api/v1/organisations/${older.id}/fundraising-qualification`, { qualifiedOn: '2026-06-01' })).body.fundraisingQualifiedOn).toBe(
      '2026-06-01',
    );
  });

  it('needs a token with the permission, and keeps a district officer to their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/organisations' })).status).toBe(401);
    const reader = await testToken(['charity:organisation.read']);
    expect((await post('/api/v1/organisations', foundation(), {}, reader)).status).toBe(403);
    expect((await post('/api/v1/dormancy-reviews', {}, {}, reader)).status).toBe(403);
    const pudong = await register({ domicileDivisionCode: '310115001' });
    const xuhui = await testToken(['charity:organisation.read', 'charity:organisation.write'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await post('/api/v1/organisations', foundation({ domicileDivisionCode: '310115001' }), {}, xuhui)).status).toBe(403);
    expect((await get(`/api/v1/organisations/${pudong.id}`, xuhui)).status).toBe(403);
    const theirs = await get('/api/v1/organisations?limit=200', xuhui);
    expect(theirs.body.items.length).toBeGreaterThan(0);
    expect(theirs.body.items.every((o: { domicileDivisionCode: string }) => o.domicileDivisionCode.startsWith('310104'))).toBe(true);
  });
});
