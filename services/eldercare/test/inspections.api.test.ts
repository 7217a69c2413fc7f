import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OverdueRectificationWorker } from '../src/inspection/application/overdue-rectification-worker';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 综合监管 through the API, on a database of its own: findings, rectification, overdue ones lowering the credit score once. */
describe('eldercare supervision (综合监管)', () => {
  const clock = new ControllableClock(new Date('2026-11-02T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const file = async (divisionCode = '310104003') =>
    (
      await post('/api/v1/facilities', {
        name: `综合为老服务中心${randomUUID().slice(0, 8)}`,
        kind: 'community-centre',
        divisionCode,
        address: '天钥桥路 100 号',
        operatorName: '徐汇为老服务社',
        operatorUscc: newUscc(),
        licensedCapacity: 60,
        filedOn: '2024-01-01',
      })
    ).body.id as string;
  const inspect = (facility: string, body: Record<string, unknown> = {}) =>
    post(`/api/v1/facilities/${facility}/inspections`, {
      kind: 'fire-safety',
      inspectedOn: '2026-11-01',
      inspector: '徐汇区民政局',
      findings: [
        { description: '消防通道堆放杂物', rectifyBy: '2026-11-10' },
        { description: '灭火器过期', rectifyBy: '2026-11-10' },
      ],
      ...body,
    });
  const credit = async (facility: string) => (await get(`/api/v1/facilities/${facility}`)).body.creditScore as number;
  const sweep = () => app.app.get(OverdueRectificationWorker).wake('overdue-rectifications');
  const rows = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.inspection`))[0].n);

  beforeAll(async () => {
    restore = await useFreshDatabase('eldercare', 'civic_inspections');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken(['eldercare:facility.read', 'eldercare:facility.write', 'eldercare:facility.supervise']);
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });
  beforeEach(() => clock.set(new Date('2026-11-02T02:00:00Z')));

  it('records an inspection with its findings; one passed when nothing is found', async () => {
    const facility = await file();
    const recorded = await inspect(facility);
    expect(recorded.status).toBe(201);
    expect(recorded.headers.location).toBe(`/api/v1/inspections/${recorded.body.id}`);
    expect(recorded.body).toMatchObject({ facilityId: facility, kind: 'fire-safety', outcome: 'open', version: 1 });
    expect(recorded.body.findings.map((f: { description: string; rectifiedOn: null }) => [f.description, f.rectifiedOn])).toEqual([
      ['消防通道堆放杂物', null],
      ['灭火器过期', null],
    ]);
    const passed = await inspect(facility, { kind: 'food-safety', findings: [] });
    expect(passed.body.outcome).toBe('passed');
    const listed = await get(`/api/v1/inspections?facilityId=${facility}&kind=food-safety`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([passed.body.id]);
  });

  it('lowers the credit score once per finding left open past its deadline, lists it for the district, and keeps the cost when rectified late', async () => {
    const facility = await file();
    const inspection = (await inspect(facility)).body;
    const [late, onTime] = inspection.findings.map((f: { id: string }) => f.id);
    clock.set(new Date('2026-11-09T02:00:00Z'));
    const rectified = await post(
      `/api/v1/inspections/${inspection.id}/findings/${onTime}/rectification`,
      { rectifiedOn: '2026-11-09', note: '已更换' },
      { 'if-match': '"1"' },
    );
    expect(rectified.status).toBe(200);
    expect(rectified.headers.etag).toBe('"2"');

    // On the deadline itself nothing is overdue.
    clock.set(new Date('2026-11-10T02:00:00Z'));
    await sweep();
    expect(await credit(facility)).toBe(100);

    clock.set(new Date('2026-11-12T02:00:00Z'));
    await sweep();
    await sweep();
    expect(await credit(facility)).toBe(95);
    const moves = await get(`/api/v1/facilities/${facility}/credit-moves`);
    expect(JSON.stringify(moves.body)).toContain('逾期未整改');
    const found = (await get(`/api/v1/inspections/${inspection.id}`)).body.findings.find((f: { id: string }) => f.id === late);
    expect(found.overdueOn).toBe('2026-11-12');

    const overdueHere = async () =>
      (await get('/api/v1/overdue-rectifications?divisionCode=310104&limit=200')).body.items.filter((i: { facilityId: string }) => i.facilityId === facility);
    expect(await overdueHere()).toEqual([
      expect.objectContaining({
        inspectionId: inspection.id,
        findingId: late,
        facilityId: facility,
        districtCode: '310104',
        rectifyBy: '2026-11-10',
        daysOverdue: 2,
      }),
    ]);

    await post(`/api/v1/inspections/${inspection.id}/findings/${late}/rectification`, { rectifiedOn: '2026-11-12', note: '已清理, 复查合格' });
    expect(await overdueHere()).toEqual([]);
    expect((await get(`/api/v1/inspections/${inspection.id}`)).body.outcome).toBe('rectified');
    await sweep();
    expect(await credit(facility)).toBe(95);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const facility = await file();
    const before = await rows();
    const early = await inspect(facility, { findings: [{ description: '台账不全', rectifyBy: '2026-11-01' }] });
    expect(early.status).toBe(422);
    expect(early.body.type).toBe('urn:civic:problem:inspection.deadline-invalid');
    expect((await inspect(facility, { kind: 'parking' })).status).toBe(400);
    expect((await inspect(facility, { inspectedOn: '2026-12-01' })).status).toBe(422);
    expect((await inspect(facility, { findings: [{ description: '', rectifyBy: '2026-11-20' }] })).status).toBe(400);
    expect((await inspect(randomUUID())).status).toBe(404);
    expect(await rows()).toBe(before);

    const inspection = (await inspect(facility)).body;
    const finding = inspection.findings[0].id;
    expect((await post(`/api/v1/inspections/${inspection.id}/findings/${finding}/rectification`, { rectifiedOn: '2026-10-31', note: '已清理' })).status).toBe(
      422,
    );
    expect(
      (await post(`/api/v1/inspections/${inspection.id}/findings/${randomUUID()}/rectification`, { rectifiedOn: '2026-11-02', note: '已清理' })).status,
    ).toBe(404);
    expect((await get(`/api/v1/inspections/${inspection.id}`)).body.version).toBe(1);
  });

  it('needs a token with the permission, and keeps a district officer to their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/overdue-rectifications' })).status).toBe(401);
    const reader = await testToken(['eldercare:facility.read']);
    const facility = await file();
    expect((await post(`/api/v1/facilities/${facility}/inspections`, {}, {}, reader)).status).toBe(403);
    const pudong = await file('310115001');
    await inspect(pudong, { findings: [{ description: '食品留样缺失', rectifyBy: '2026-11-05' }], kind: 'food-safety' });
    clock.set(new Date('2026-11-20T02:00:00Z'));
    const xuhui = await testToken(['eldercare:facility.read'], 'xuhui-officer', 'test-suite', ['310104']);
    const theirs = await get('/api/v1/overdue-rectifications?limit=200', xuhui);
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.every((i: { districtCode: string }) => i.districtCode === '310104')).toBe(true);
    const all = await get('/api/v1/overdue-rectifications?limit=200');
    expect(all.body.items.some((i: { districtCode: string }) => i.districtCode === '310115')).toBe(true);
  });
});
