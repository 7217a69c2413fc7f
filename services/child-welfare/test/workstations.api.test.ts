import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 未成年人保护工作站 through the API, on a database of its own (coverage counts this file's stations only). */
describe('child-welfare workstations (未成年人保护工作站)', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const establish = (divisionCode = '310104003', token = officer) =>
    post('/api/v1/workstations', { divisionCode, name: '未成年人保护工作站', establishedOn: '2025-06-01' }, {}, token);
  const appoint = (id: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    post(
      `/api/v1/workstations/${id}/staff`,
      { citizenId: newCitizenId('19800101'), name: '王老师', role: 'director', phone: '021-64000000', appointedOn: '2025-07-01', ...body },
      headers,
    );
  const stations = async () => Number((await db.query(`SELECT count(*) AS n FROM child_welfare.workstation`))[0].n);

  beforeAll(async () => {
    restore = await useFreshDatabase('child-welfare', 'civic_workstations');
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'child_welfare');
    officer = await testToken([
      'child-welfare:workstation.read',
      'child-welfare:workstation.write',
      'child-welfare:statistics.read',
      'child-welfare:personal-data.read',
    ]);
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('establishes one workstation per sub-district and appoints its staff from the version read', async () => {
    const created = await establish();
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/workstations/${created.body.id}`);
    expect(created.body).toMatchObject({ divisionCode: '310104003', staff: [], version: 1 });
    const twice = await establish();
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:workstation.exists');

    const id = created.body.id;
    const director = await appoint(id, {}, { 'if-match': '"1"' });
    expect(director.status).toBe(200);
    expect(director.body.staff).toEqual([expect.objectContaining({ role: 'director', name: '王老师', leftOn: null })]);
    expect((await appoint(id, { role: 'supervisor' }, { 'if-match': '"1"' })).status).toBe(412);
    const supervisor = await appoint(id, { role: 'supervisor', name: '李督导' });
    expect(supervisor.body.version).toBe(3);

    const staffId = director.body.staff[0].id;
    const left = await post(`/api/v1/workstations/${id}/staff/${staffId}/departure`, { leftOn: '2026-06-30' });
    expect(left.body.staff.find((m: { id: string }) => m.id === staffId).leftOn).toBe('2026-06-30');
    expect((await post(`/api/v1/workstations/${id}/staff/${staffId}/departure`, { leftOn: '2026-07-01' })).status).toBe(409);
  });

  it('counts the sub-districts with a workstation and the directors in post per district', async () => {
    const station = (await establish('310104004')).body.id;
    await appoint(station);
    await appoint(station, { citizenId: newCitizenId('19810101') });
    const coverage = await get('/api/v1/statistics/workstation-coverage?divisionCode=310104');
    expect(coverage.status).toBe(200);
    // 310104 has two sub-districts in force (003, 004); the one of the first test lost its director.
    expect(coverage.body).toEqual([
      { districtCode: '310104', subDistricts: 2, withWorkstation: 2, coveragePercent: 100, directors: 2, directorsPerWorkstation: 1 },
    ]);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const before = await stations();
    const county = await establish('310115');
    expect(county.status).toBe(422);
    expect(county.body.type).toBe('urn:civic:problem:workstation.not-a-sub-district');
    expect((await establish('310199999')).status).toBe(422);
    expect((await post('/api/v1/workstations', { divisionCode: '310115001', name: '', establishedOn: '2025-01-01' })).status).toBe(400);
    expect((await post('/api/v1/workstations', { divisionCode: '310115001', name: '站', establishedOn: '2099-01-01' })).status).toBe(422);
    expect(await stations()).toBe(before);
    const id = (await establish('310115001')).body.id;
    expect((await appoint(id, { role: 'chief' })).status).toBe(400);
    expect((await appoint(id, { appointedOn: '2025-01-01' })).status).toBe(422);
    expect((await get(`/api/v1/workstations/${id}`)).body).toMatchObject({ staff: [], version: 1 });
  });

  it('needs a token with the permission, keeps a district officer to their districts and masks citizen IDs', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/workstations' })).status).toBe(401);
    const reader = await testToken(['child-welfare:workstation.read']);
    expect((await establish('310118', reader)).status).toBe(403);
    const xuhui = await testToken(['child-welfare:workstation.read', 'child-welfare:workstation.write'], 'xuhui-officer', 'test-suite', ['310104']);
    const mine = await get('/api/v1/workstations?limit=200', xuhui);
    expect(mine.body.items.every((w: { divisionCode: string }) => w.divisionCode.startsWith('310104'))).toBe(true);
    expect(JSON.stringify(mine.body)).not.toMatch(/"citizenId":"\d{18}"/);
    const pudong = (await get('/api/v1/workstations?divisionCode=310115')).body.items[0].id;
    expect((await get(`/api/v1/workstations/${pudong}`, xuhui)).status).toBe(403);
    expect((await establish('310115001', xuhui)).status).toBe(403);
  });
});
