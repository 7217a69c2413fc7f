import { newCitizenId, newUscc, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 养老护理员 through the API: hiring, training records raising the level, one facility at a time, leaving. */
describe('eldercare care workers (养老护理员)', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let facility: string;
  let other: string;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const file = async (divisionCode = '310104003') =>
    (
      await post('/api/v1/facilities', {
        name: `养老院${randomUUID().slice(0, 8)}`,
        kind: 'institution',
        divisionCode,
        address: '龙华路 1 号',
        operatorName: '徐汇养老服务公司',
        operatorUscc: newUscc(),
        licensedCapacity: 100,
        filedOn: '2024-01-01',
      })
    ).body.id as string;
  const hire = (at: string, citizenId = newCitizenId('19800101'), body: Record<string, unknown> = {}) =>
    post(`/api/v1/facilities/${at}/care-workers`, { citizenId, name: '王芳', skillLevel: 4, hiredOn: '2025-03-01', ...body });
  const workers = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.care_worker`))[0].n);

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken(['eldercare:facility.write', 'eldercare:care-worker.read', 'eldercare:care-worker.write', 'eldercare:personal-data.read']);
    db = app.app.get(DataSource);
    facility = await file();
    other = await file();
  });
  afterAll(() => app?.close());

  it('hires a worker, records trainings that raise the level from the version read, and lists them', async () => {
    const hired = await hire(facility);
    expect(hired.status).toBe(201);
    expect(hired.headers.location).toBe(`/api/v1/care-workers/${hired.body.id}`);
    expect(hired.body).toMatchObject({ facilityId: facility, divisionCode: '310104003', skillLevel: 4, status: 'active', trainings: [], version: 1 });
    const id = hired.body.id;

    const course = { course: '失智照护专项培训', provider: '上海开放大学', hours: 40, completedOn: '2026-05-20' };
    const first = await post(`/api/v1/care-workers/${id}/trainings`, course, { 'if-match': '"1"' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ skillLevel: 4, version: 2 });
    expect(first.headers.etag).toBe('"2"');
    expect((await post(`/api/v1/care-workers/${id}/trainings`, course, { 'if-match': '"1"' })).status).toBe(412);
    const certified = await post(`/api/v1/care-workers/${id}/trainings`, { ...course, course: '高级工鉴定培训', levelAttained: 3 });
    expect(certified.body).toMatchObject({ skillLevel: 3, version: 3 });
    expect(certified.body.trainings.map((t: { course: string }) => t.course)).toEqual(['失智照护专项培训', '高级工鉴定培训']);

    const listed = await get(`/api/v1/care-workers?facilityId=${facility}&skillLevel=3`);
    expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([id]);
    expect(listed.body.items[0].trainings).toHaveLength(2);
  });

  it('keeps a worker at one facility at a time, also when two facilities hire at once; after leaving, another may hire', async () => {
    const citizenId = newCitizenId('19850505');
    const before = await workers();
    const answers = await Promise.all([hire(facility, citizenId), hire(other, citizenId)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)!.body.type).toBe('urn:civic:problem:care-worker.already-employed');
    expect(await workers()).toBe(before + 1);

    const kept = answers.find((r) => r.status === 201)!.body;
    const left = await post(`/api/v1/care-workers/${kept.id}/departure`, { leftOn: '2026-10-31', reason: '合同到期' });
    expect(left.body).toMatchObject({ status: 'left', leftOn: '2026-10-31', leftReason: '合同到期' });
    expect((await post(`/api/v1/care-workers/${kept.id}/trainings`, { course: 'x', provider: 'y', hours: 8, completedOn: '2026-11-01' })).status).toBe(409);
    expect((await hire(kept.facilityId === facility ? other : facility, citizenId, { hiredOn: '2026-11-01' })).status).toBe(201);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const before = await workers();
    expect((await hire(facility, newCitizenId('19800101'), { skillLevel: 6 })).status).toBe(400);
    expect((await hire(facility, newCitizenId('20150101'), { hiredOn: '2026-01-01' })).body.type).toBe('urn:civic:problem:care-worker.under-age');
    expect((await hire(facility, newCitizenId('19800101'), { hiredOn: '2099-01-01' })).status).toBe(422);
    expect((await hire(randomUUID())).status).toBe(404);
    expect(await workers()).toBe(before);
    const id = (await hire(facility)).body.id;
    expect((await post(`/api/v1/care-workers/${id}/trainings`, { course: 'x', provider: 'y', hours: 0, completedOn: '2026-05-01' })).status).toBe(400);
    expect((await post(`/api/v1/care-workers/${id}/departure`, { leftOn: '2025-01-01', reason: '辞职' })).status).toBe(422);
    expect((await get(`/api/v1/care-workers/${id}`)).body).toMatchObject({ status: 'active', trainings: [], version: 1 });
  });

  it('needs a token with the permission, and keeps a district officer to their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/care-workers' })).status).toBe(401);
    const reader = await testToken(['eldercare:care-worker.read']);
    expect((await post(`/api/v1/facilities/${facility}/care-workers`, {}, {}, reader)).status).toBe(403);
    const pudong = await file('310115001');
    const elsewhere = (await hire(pudong)).body.id;
    const xuhui = await testToken(['eldercare:care-worker.read', 'eldercare:care-worker.write'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await get(`/api/v1/care-workers/${elsewhere}`, xuhui)).status).toBe(403);
    const theirs = await get('/api/v1/care-workers?limit=200', xuhui);
    expect(theirs.body.items.every((w: { divisionCode: string; citizenId: string }) => w.divisionCode.startsWith('310104') && w.citizenId.includes('*'))).toBe(
      true,
    );
  });
});
