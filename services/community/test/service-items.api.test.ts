import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 社区事务受理 through the API: the catalogue (准入, 变更, 下沉 only with committee admission, 退出) and applications with time limits. Its own database. */
describe('community affairs items and their applications', () => {
  let app: TestService;
  let bureau: string;
  let centre: string;
  let db: DataSource;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-10-12T02:00:00Z'));

  const post = (url: string, body: unknown, token = bureau) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = bureau) => app.request({ method: 'GET', url, token });
  const outbox = (type: string, key: string) =>
    db.query(`SELECT payload FROM community.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY created_at`, [type, key]);
  const terms = { name: '居住证办理', legalBasis: '《居住证暂行条例》第九条', department: '市公安局', timeLimitDays: 3, materials: ['居民身份证', '住所证明'] };
  const admit = (code: string) => post('/api/v1/service-items', { code, ...terms, decisionNo: '沪民基〔2026〕1号', admittedOn: '2026-01-10' });

  beforeAll(async () => {
    restore = await useFreshDatabase('community', 'civic_service_items');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    bureau = await testToken(['community:division.write', 'community:service-item.read', 'community:service-item.govern', 'community:statistics.read']);
    centre = await testToken(
      ['community:service-item.read', 'community:service-application.read', 'community:service-application.write', 'community:statistics.read'],
      'xuhui-centre',
      'test-suite',
      ['310104'],
    );
    db = app.app.get(DataSource);
    for (const [code, name] of [
      ['310104003', '天平路街道'],
      ['310104003001', '天平一居委会'],
      ['310115001', '潍坊新村街道'],
    ])
      expect((await post('/api/v1/divisions', { code, name, validFrom: '2026-01-01' })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('admits an item (published), changes it with history, and pushes it down to committees only after their admission (居村减负)', async () => {
    const admitted = await admit('SQ-0101');
    expect(admitted.status).toBe(201);
    expect(admitted.body).toMatchObject({ code: 'SQ-0101', status: 'admitted', committeeAdmission: null, version: 1 });
    expect((await outbox('community.service-item.admitted.v1', 'SQ-0101')).map((r: { payload: unknown }) => r.payload)).toEqual([
      { code: 'SQ-0101', name: '居住证办理', department: '市公安局', timeLimitDays: 3, decisionNo: '沪民基〔2026〕1号', admittedOn: '2026-01-10' },
    ]);
    expect((await admit('SQ-0101')).status).toBe(409);

    const changed = await post('/api/v1/service-items/SQ-0101/change', { ...terms, timeLimitDays: 5 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ timeLimitDays: 5, version: 2 });

    const pushDowns = async () => (await db.query(`SELECT count(*)::int AS n FROM community.service_item_push_down`))[0].n as number;
    const refused = await post('/api/v1/service-items/SQ-0101/push-downs', { divisionCode: '310104003', pushedOn: '2026-03-02' });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('urn:civic:problem:service-item.push-down-not-admitted');
    expect(await pushDowns()).toBe(0);
    expect((await get('/api/v1/service-items/SQ-0101')).body.version).toBe(2);

    expect((await post('/api/v1/service-items/SQ-0101/committee-admission', { decisionNo: '沪民基〔2026〕7号', admittedOn: '2026-03-01' })).status).toBe(200);
    const pushed = await post('/api/v1/service-items/SQ-0101/push-downs', { divisionCode: '310104003', pushedOn: '2026-03-02' });
    expect(pushed.status).toBe(200);
    expect((await get('/api/v1/service-items/SQ-0101/push-downs')).body).toEqual([{ divisionCode: '310104003', pushedOn: '2026-03-02', endedOn: null }]);
    const unknownDivision = await post('/api/v1/service-items/SQ-0101/push-downs', { divisionCode: '310104999', pushedOn: '2026-03-02' });
    expect(unknownDivision.status).toBe(422);
    expect((await get('/api/v1/service-items/SQ-0101/history')).body.map((h: { change: string }) => h.change)).toEqual([
      'admitted',
      'changed',
      'admitted-for-committees',
      'pushed-down',
    ]);
  });

  it('accepts applications at a centre with their due day in working days, lists the overdue, concludes once and counts them per district', async () => {
    expect((await admit('SQ-0202')).status).toBe(201);
    const accept = (receivedOn: string, itemCode = 'SQ-0202', centreCode = '310104003') =>
      post('/api/v1/service-applications', { itemCode, centreCode, applicantCitizenId: newCitizenId('19800101'), applicantName: '王建国', receivedOn }, centre);
    const late = await accept('2026-09-30');
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ dueOn: '2026-10-10', status: 'accepted', overdue: true, late: false });
    expect(late.body.applicantCitizenId).toMatch(/\*{8}/);
    const onTime = await accept('2026-10-09');
    expect(onTime.body).toMatchObject({ dueOn: '2026-10-13', overdue: false }); // Saturday 10 October is worked (调休)

    const overdue = (await get('/api/v1/service-applications?divisionCode=310104003&overdue=true', centre)).body.items.map((a: { id: string }) => a.id);
    expect(overdue).toEqual([late.body.id]);
    const refusal = await post(`/api/v1/service-applications/${late.body.id}/conclusion`, { concludedOn: '2026-10-12', outcome: 'refused' }, centre);
    expect(refusal.status).toBe(422);
    expect(refusal.body.type).toBe('urn:civic:problem:service-application.refusal-unexplained');
    const concluded = await post(`/api/v1/service-applications/${late.body.id}/conclusion`, { concludedOn: '2026-10-12', outcome: 'approved' }, centre);
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({ status: 'concluded', overdue: false, late: true, version: 2 });
    expect((await post(`/api/v1/service-applications/${late.body.id}/conclusion`, { concludedOn: '2026-10-12', outcome: 'approved' }, centre)).status).toBe(
      409,
    );
    expect((await get('/api/v1/service-applications?divisionCode=310104003&overdue=true', centre)).body.items).toEqual([]);
    expect((await get('/api/v1/statistics/service-applications', centre)).body).toEqual([
      { districtCode: '310104', accepted: 1, overdue: 0, concluded: 1, concludedLate: 1 },
    ]);
  });

  it('takes no application for an unknown or withdrawn item, at a committee or outside the officer’s districts, writing nothing', async () => {
    expect((await admit('SQ-0303')).status).toBe(201);
    const withdrawn = await post('/api/v1/service-items/SQ-0303/withdrawal', { reason: '并入“一网通办”', withdrawnOn: '2026-10-01' });
    expect(withdrawn.status).toBe(200);
    expect((await outbox('community.service-item.withdrawn.v1', 'SQ-0303')).map((r: { payload: unknown }) => r.payload)).toEqual([
      { code: 'SQ-0303', withdrawnOn: '2026-10-01', reason: '并入“一网通办”' },
    ]);
    expect((await post('/api/v1/service-items/SQ-0303/change', terms)).status).toBe(409);

    const count = async () => (await db.query(`SELECT count(*)::int AS n FROM community.service_application`))[0].n as number;
    const before = await count();
    const body = (over: Record<string, string>) => ({
      itemCode: 'SQ-0303',
      centreCode: '310104003',
      applicantCitizenId: newCitizenId('19800101'),
      applicantName: '李秀英',
      receivedOn: '2026-10-09',
      ...over,
    });
    const cases: [Record<string, string>, number, string][] = [
      [{}, 422, 'service-item.not-in-force'],
      [{ itemCode: 'SQ-9999' }, 422, 'service-application.item-unknown'],
      [{ itemCode: 'SQ-0101', centreCode: '310104003001' }, 422, 'service-application.not-a-centre'],
      [{ itemCode: 'SQ-0101', centreCode: '310104777' }, 422, 'service-application.centre-unknown'],
      [{ itemCode: 'SQ-0101', centreCode: '310115001' }, 403, 'district-out-of-scope'],
      [{ itemCode: 'sq 1' }, 400, 'validation'],
    ];
    for (const [over, status, type] of cases) {
      const response = await post('/api/v1/service-applications', body(over), centre);
      expect([over, response.status, response.body.type]).toEqual([over, status, `urn:civic:problem:${type}`]);
    }
    expect(await count()).toBe(before);
    expect((await post('/api/v1/service-items', { code: 'SQ-0404', ...terms, decisionNo: 'x', admittedOn: '2026-01-10' }, centre)).status).toBe(403);
  });
});
