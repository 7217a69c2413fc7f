import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 居家环境适老化改造 through the API: the steps, the subsidy rules as data, the per-elder limit under concurrent assessments. */
describe('eldercare home adaptations (适老化改造)', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken(['eldercare:home-adaptation.read', 'eldercare:home-adaptation.write', 'eldercare:personal-data.read']);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const apply = (citizenId = newCitizenId('19450302'), divisionCode = '310104003') =>
    post('/api/v1/home-adaptations', { citizenId, name: '李秀英', divisionCode, address: '漕溪路 200 弄 3 号', appliedOn: '2026-01-05' });
  const assess = (id: string, body: Record<string, unknown> = {}) =>
    post(`/api/v1/home-adaptations/${id}/assessment`, {
      assessedOn: '2026-01-10',
      assessor: '徐汇区评估组',
      items: [
        { item: '卫生间扶手', cost: '800.00' },
        { item: '防滑地面', cost: '2400.00' },
      ],
      ...body,
    });
  const rows = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.home_adaptation`))[0].n);
  const receives = (citizenId: string, programme: string) =>
    db.query(`INSERT INTO eldercare.elder_benefit (citizen_id, benefit_id, programme, active) VALUES ($1, $2, $3, true)`, [citizenId, randomUUID(), programme]);

  it('goes application -> assessment -> works -> acceptance, the subsidy at the elder’s share and within the approved amount', async () => {
    const applied = await apply();
    expect(applied.status).toBe(201);
    expect(applied.headers.location).toBe(`/api/v1/home-adaptations/${applied.body.id}`);
    expect(applied.body).toMatchObject({ status: 'applied', assessment: null, version: 1 });
    const id = applied.body.id;

    // An elder in no programme is paid the default 50%.
    const assessed = await assess(id);
    expect(assessed.status).toBe(200);
    expect(assessed.body.assessment).toMatchObject({ estimatedCost: '3200.00', sharePercent: 50, approvedSubsidy: '1600.00' });
    expect(assessed.headers.etag).toBe('"2"');

    const works = await post(`/api/v1/home-adaptations/${id}/works`, { contractor: '安居适老工程公司', startedOn: '2026-01-15' }, { 'if-match': '"2"' });
    expect(works.body).toMatchObject({ status: 'in-works', works: { contractor: '安居适老工程公司', startedOn: '2026-01-15' } });
    const accepted = await post(`/api/v1/home-adaptations/${id}/acceptance`, { acceptedOn: '2026-02-01', actualCost: '3000.00' });
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptance: { actualCost: '3000.00', grantedSubsidy: '1500.00' } });

    const listed = await get(`/api/v1/home-adaptations?citizenId=${applied.body.citizenId}&status=accepted`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('pays a 低保 elder in full, and never more than the per-elder limit over all their adaptations', async () => {
    const citizenId = newCitizenId('19440708');
    await receives(citizenId, 'dibao');
    const first = (await apply(citizenId)).body.id;
    expect((await assess(first)).body.assessment).toMatchObject({ sharePercent: 100, approvedSubsidy: '3000.00' });
    await post(`/api/v1/home-adaptations/${first}/works`, { contractor: '安居', startedOn: '2026-01-15' });
    expect(
      (await post(`/api/v1/home-adaptations/${first}/acceptance`, { acceptedOn: '2026-02-01', actualCost: '2000.00' })).body.acceptance.grantedSubsidy,
    ).toBe('2000.00');

    // 1000.00 of the 3000.00 limit is left: asking more is refused and writes nothing.
    const second = (await apply(citizenId)).body.id;
    const over = await assess(second, { subsidy: '1000.01' });
    expect(over.status).toBe(422);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(over.body.type).toBe('urn:civic:problem:home-adaptation.subsidy-over-limit');
    expect((await get(`/api/v1/home-adaptations/${second}`)).body).toMatchObject({ status: 'applied', version: 1 });
    expect((await assess(second)).body.assessment.approvedSubsidy).toBe('1000.00');
  });

  it('keeps one adaptation under way per elder, and approves one assessed twice at once only once, within the limit', async () => {
    const citizenId = newCitizenId('19430203');
    await receives(citizenId, 'tekun');
    const first = (await apply(citizenId)).body.id;
    // Two adaptations of one elder are never under way at once; a closed one frees the place and its subsidy.
    expect((await apply(citizenId)).status).toBe(409);
    await assess(first, { subsidy: '1000.00' });
    await post(`/api/v1/home-adaptations/${first}/works`, { contractor: '安居', startedOn: '2026-01-15' });
    await post(`/api/v1/home-adaptations/${first}/acceptance`, { acceptedOn: '2026-02-01', actualCost: '1000.00' });
    const a = (await apply(citizenId)).body.id;
    // The same application assessed twice at once: one wins, the other meets the new step (409) or the stale version.
    const answers = await Promise.all([assess(a, { subsidy: '2000.00' }), assess(a, { subsidy: '2000.00' })]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const [{ committed }] = await db.query(
      `SELECT sum(coalesce(granted_subsidy_fen, approved_subsidy_fen)) AS committed FROM eldercare.home_adaptation WHERE citizen_id = $1 AND status <> 'closed'`,
      [citizenId],
    );
    expect(Number(committed)).toBe(300000);
  });

  it('takes the steps in order, closes before acceptance only, and keeps edits to the version read', async () => {
    const id = (await apply()).body.id;
    const early = await post(`/api/v1/home-adaptations/${id}/acceptance`, { acceptedOn: '2026-02-01', actualCost: '100.00' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:home-adaptation.wrong-step');
    expect((await post(`/api/v1/home-adaptations/${id}/closure`, { reason: '撤回' }, { 'if-match': '"7"' })).status).toBe(412);
    const closed = await post(`/api/v1/home-adaptations/${id}/closure`, { reason: '申请人撤回' }, { 'if-match': '"1"' });
    expect(closed.body).toMatchObject({ status: 'closed', closedReason: '申请人撤回', version: 2 });
    expect((await post(`/api/v1/home-adaptations/${id}/closure`, { reason: '再次' })).status).toBe(409);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const before = await rows();
    expect(
      (
        await post('/api/v1/home-adaptations', {
          citizenId: newCitizenId('19450302'),
          name: '',
          divisionCode: '310104003',
          address: 'x',
          appliedOn: '2026-01-05',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await post('/api/v1/home-adaptations', {
          citizenId: '310104194503021234',
          name: '李',
          divisionCode: '310104003',
          address: 'x',
          appliedOn: '2026-01-05',
        })
      ).status,
    ).toBe(422);
    expect((await apply(newCitizenId('19450302'), '310199999')).status).toBe(422);
    expect(
      (
        await post('/api/v1/home-adaptations', {
          citizenId: newCitizenId('19450302'),
          name: '李',
          divisionCode: '310104003',
          address: 'x',
          appliedOn: '2099-01-05',
        })
      ).status,
    ).toBe(422);
    expect(await rows()).toBe(before);

    const id = (await apply()).body.id;
    expect((await assess(id, { items: [] })).status).toBe(400);
    expect((await assess(id, { items: [{ item: '扶手', cost: '-1' }] })).status).toBe(400);
    expect((await assess(id, { assessedOn: '2025-12-31' })).status).toBe(422);
    expect((await get(`/api/v1/home-adaptations/${id}`)).body).toMatchObject({ status: 'applied', version: 1 });
    expect((await get('/api/v1/home-adaptations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('keeps the subsidy rules as data the city sets', async () => {
    const admin = await testToken(['eldercare:home-adaptation.read', 'eldercare:home-adaptation.write', 'eldercare:home-adaptation.policy']);
    const put = (body: unknown) => app.request({ method: 'PUT', url: '/api/v1/home-adaptation-policy', token: admin, body });
    expect((await get('/api/v1/home-adaptation-policy')).body).toMatchObject({ perElderLimit: '3000.00', defaultSharePercent: 50 });
    expect(
      (
        await put({
          perElderLimit: '3000.00',
          defaultSharePercent: 50,
          shareByProgramme: [
            { programme: 'tekun', percent: 100 },
            { programme: 'tekun', percent: 90 },
          ],
        })
      ).status,
    ).toBe(422);
    expect((await put({ perElderLimit: '0', defaultSharePercent: 50, shareByProgramme: [] })).status).toBe(422);
    expect(
      (
        await app.request({
          method: 'PUT',
          url: '/api/v1/home-adaptation-policy',
          token: officer,
          body: { perElderLimit: '1.00', defaultSharePercent: 1, shareByProgramme: [] },
        })
      ).status,
    ).toBe(403);
    try {
      const set = await put({ perElderLimit: '5000.00', defaultSharePercent: 30, shareByProgramme: [{ programme: 'dibao', percent: 100 }] });
      expect(set.body).toEqual({ perElderLimit: '5000.00', defaultSharePercent: 30, shareByProgramme: [{ programme: 'dibao', percent: 100 }] });
      const id = (await apply()).body.id;
      expect((await assess(id)).body.assessment).toMatchObject({ sharePercent: 30, approvedSubsidy: '960.00' });
    } finally {
      await put({
        perElderLimit: '3000.00',
        defaultSharePercent: 50,
        shareByProgramme: [
          { programme: 'tekun', percent: 100 },
          { programme: 'dibao', percent: 100 },
        ],
      });
    }
  });

  it('needs a token with the permission, and keeps a district officer to their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/home-adaptations' })).status).toBe(401);
    const reader = await testToken(['eldercare:home-adaptation.read']);
    expect((await post('/api/v1/home-adaptations', {}, {}, reader)).status).toBe(403);
    const elsewhere = (await apply(newCitizenId('19450302'), '310115001')).body.id;
    const xuhui = await testToken(['eldercare:home-adaptation.read', 'eldercare:home-adaptation.write'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await get(`/api/v1/home-adaptations/${elsewhere}`, xuhui)).status).toBe(403);
    const theirs = await get('/api/v1/home-adaptations?limit=200', xuhui);
    expect(theirs.body.items.every((i: { divisionCode: string; citizenId: string }) => i.divisionCode.startsWith('310104') && i.citizenId.includes('*'))).toBe(
      true,
    );
  });
});
