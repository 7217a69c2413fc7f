import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newUscc, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

describe('eldercare facilities (养老服务设施)', () => {
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let supervisor: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken(['eldercare:facility.read', 'eldercare:facility.write']);
    supervisor = await testToken(['eldercare:facility.read', 'eldercare:facility.supervise']);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());
  beforeEach(() => clock.set(new Date('2026-06-01T02:00:00Z')));

  const uniqueName = () => `养老院${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const facility = (more: object = {}) => ({
    name: uniqueName(),
    kind: 'institution',
    divisionCode: '310104003',
    address: '天平路100号',
    operatorName: '徐汇颐养服务中心',
    operatorUscc: newUscc(),
    licensedCapacity: 120,
    filedOn: '2024-03-01',
    ...more,
  });
  const file = (body: unknown, token = officer) => app.request({ method: 'POST', url: '/api/v1/facilities', token, body });
  const act = (id: string, path: string, body: unknown, token: string, version?: number) =>
    app.request({ method: 'POST', url: `/api/v1/facilities/${id}/${path}`, token, body, headers: version ? { 'if-match': `"${version}"` } : {} });
  const rows = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.facility`))[0].n);

  it('files a facility with its operator and places, publishes it, and serves it with its ETag', async () => {
    const filed = await file(facility());
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ kind: 'institution', filingStatus: 'filed', licensedCapacity: 120, creditScore: 100, grade: null, version: 1 });
    expect(filed.headers.location).toBe(`/api/v1/facilities/${filed.body.id}`);
    const [event] = await db.query(`SELECT event_type, payload FROM eldercare.outbox WHERE message_key = $1`, [filed.body.id]);
    expect(event).toMatchObject({
      event_type: 'eldercare.facility.filed.v1',
      payload: { facilityId: filed.body.id, licensedCapacity: 120, filedOn: '2024-03-01' },
    });
    const read = await app.request({ method: 'GET', url: `/api/v1/facilities/${filed.body.id}`, token: officer });
    expect(read.headers.etag).toBe('"1"');
    const listed = await app.request({ method: 'GET', url: '/api/v1/facilities?divisionCode=310104&kind=institution&limit=200', token: officer });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(filed.body.id);
  });

  it('grades an institution for three years, shows no grade once it has lapsed, and publishes the grade', async () => {
    const { body: filed } = await file(facility());
    const graded = await act(filed.id, 'grade', { stars: 4, gradedOn: '2025-05-10' }, supervisor, 1);
    expect(graded.status).toBe(200);
    expect(graded.body.grade).toEqual({ stars: 4, gradedOn: '2025-05-10', validUntil: '2028-05-09' });
    const [event] = await db.query(`SELECT payload FROM eldercare.outbox WHERE message_key = $1 AND event_type = 'eldercare.facility.graded.v1'`, [filed.id]);
    expect(event.payload).toMatchObject({ stars: 4, validUntil: '2028-05-09' });

    clock.set(new Date('2028-05-10T02:00:00Z'));
    const later = await app.request({ method: 'GET', url: `/api/v1/facilities/${filed.id}`, token: officer });
    expect(later.body.grade).toBeNull();
    expect(later.body.lastGrade.stars).toBe(4);
  });

  it('moves the credit score within 0-100, keeping each move with its reason and who recorded it', async () => {
    const { body: filed } = await file(facility());
    expect((await act(filed.id, 'credit-moves', { delta: -30, reason: '消防检查: 疏散通道堵塞' }, supervisor)).body.creditScore).toBe(70);
    expect((await act(filed.id, 'credit-moves', { delta: 50, reason: '年度表彰' }, supervisor)).body.creditScore).toBe(100);
    const moves = await app.request({ method: 'GET', url: `/api/v1/facilities/${filed.id}/credit-moves`, token: officer });
    expect(moves.body.items.map((m: { delta: number; score: number; reason: string }) => [m.delta, m.score, m.reason])).toEqual([
      [30, 100, '年度表彰'],
      [-30, 70, '消防检查: 疏散通道堵塞'],
    ]);
    expect(moves.body.items[0].recordedBy).toBeTruthy();
  });

  it('revokes a filing; a revoked facility takes no grade', async () => {
    const { body: filed } = await file(facility());
    const revoked = await act(filed.id, 'revocation', { reason: '停业注销', revokedOn: '2026-05-20' }, officer, 1);
    expect(revoked.body).toMatchObject({ filingStatus: 'revoked', revokedOn: '2026-05-20', revokedReason: '停业注销' });
    const grade = await act(filed.id, 'grade', { stars: 3, gradedOn: '2026-05-25' }, supervisor);
    expect(grade.status).toBe(409);
    expect(grade.body.type).toBe('urn:civic:problem:facility.filing-revoked');
  });

  it.each([
    ['an unknown division', { divisionCode: '310199999' }, 422, 'division.unknown'],
    ['a bad operator USCC', { operatorUscc: '91310104MA1FL5LX3E' }, 422, 'uscc.bad-check-character'],
    ['an unknown kind', { kind: 'hotel' }, 400, 'validation'],
    ['a negative capacity', { licensedCapacity: -1 }, 400, 'validation'],
    ['a filing date in the future', { filedOn: '2026-06-02' }, 422, 'facility.filed-in-future'],
  ])('refuses a filing with %s, naming the rule, and writes nothing', async (_what, more, status, type) => {
    const before = await rows();
    const res = await file(facility(more));
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe(`urn:civic:problem:${type}`);
    expect(await rows()).toBe(before);
  });

  it.each([
    ['a meal site', { kind: 'meal-site' }, { stars: 3, gradedOn: '2025-01-01' }, 422, 'facility.not-gradable'],
    ['six stars', {}, { stars: 6, gradedOn: '2025-01-01' }, 400, 'validation'],
    ['a grade before the filing', {}, { stars: 3, gradedOn: '2024-02-01' }, 422, 'facility.grade-date-invalid'],
  ])('refuses to grade %s and changes nothing', async (_what, more, body, status, type) => {
    const { body: filed } = await file(facility(more));
    const res = await act(filed.id, 'grade', body, supervisor);
    expect([res.status, res.body.type]).toEqual([status, `urn:civic:problem:${type}`]);
    expect((await app.request({ method: 'GET', url: `/api/v1/facilities/${filed.id}`, token: officer })).body.version).toBe(1);
  });

  it('refuses a second facility of the same name in a division', async () => {
    const body = facility();
    expect((await file(body)).status).toBe(201);
    const twice = await file({ ...body, operatorUscc: newUscc() });
    expect([twice.status, twice.body.type]).toEqual([409, 'urn:civic:problem:facility.name-taken']);
  });

  it('needs the permission for each act and keeps a district officer to their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/facilities' })).status).toBe(401);
    const { body: filed } = await file(facility());
    expect((await act(filed.id, 'grade', { stars: 3, gradedOn: '2025-01-01' }, officer)).status).toBe(403);
    expect((await file(facility(), supervisor)).status).toBe(403);
    const elsewhere = await file(facility({ divisionCode: '310115001' }));
    const xuhui = await testToken(['eldercare:facility.read', 'eldercare:facility.write'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await file(facility({ divisionCode: '310115001' }), xuhui)).status).toBe(403);
    expect((await app.request({ method: 'GET', url: `/api/v1/facilities/${elsewhere.body.id}`, token: xuhui })).status).toBe(403);
    const theirs = await app.request({ method: 'GET', url: '/api/v1/facilities?limit=200', token: xuhui });
    expect(theirs.body.items.every((i: { divisionCode: string }) => i.divisionCode.startsWith('310104'))).toBe(true);
  });
});
