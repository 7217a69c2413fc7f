import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 收养评估 through the API: application, home study, a result with reasons, published as registration expects. */
describe('child-welfare adoption assessments (收养评估)', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const apply = (body: Record<string, unknown> = {}, token = officer) =>
    post(
      '/api/v1/adoption-assessments',
      { adopters: [{ citizenId: newCitizenId('19800101'), name: '王伟' }], divisionCode: '310104003', appliedOn: '2026-10-01', ...body },
      {},
      token,
    );
  const study = (id: string) =>
    post(`/api/v1/adoption-assessments/${id}/home-study`, { visitedOn: '2026-10-10', assessor: '收养评估小组', findings: '住房宽敞, 收入稳定' });
  const rows = async () => Number((await db.query(`SELECT count(*) AS n FROM child_welfare.adoption_assessment`))[0].n);

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'child_welfare');
    officer = await testToken(['child-welfare:adoption-assessment.read', 'child-welfare:adoption-assessment.write', 'child-welfare:personal-data.read']);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  it('completes an assessment from the version read and publishes its result as the contract fixes it', async () => {
    const [wife, husband] = [newCitizenId('19850101'), newCitizenId('19830101')];
    const applied = await apply({
      adopters: [
        { citizenId: wife, name: '李娜' },
        { citizenId: husband, name: '王伟' },
      ],
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'applied', result: null, version: 1 });
    const id = applied.body.id;
    expect((await study(id)).body).toMatchObject({ status: 'home-studied', version: 2 });
    const stale = await post(
      `/api/v1/adoption-assessments/${id}/result`,
      { result: 'positive', reasons: ['x'], completedOn: '2026-11-01' },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
    const done = await post(
      `/api/v1/adoption-assessments/${id}/result`,
      { result: 'positive', reasons: ['具备抚养教育能力'], completedOn: '2026-11-01', validMonths: 6 },
      { 'if-match': '"2"' },
    );
    expect(done.body).toMatchObject({ status: 'completed', result: 'positive', reasons: ['具备抚养教育能力'], validUntil: '2027-04-30' });
    const [event] = await db.query(
      `SELECT payload FROM child_welfare.outbox WHERE event_type = 'child-welfare.adoption-assessment.completed.v1' AND payload->>'assessmentId' = $1`,
      [id],
    );
    expect(event.payload).toEqual({ assessmentId: id, adopterCitizenIds: [wife, husband], result: 'positive', completedOn: '2026-11-01' });
    const listed = await get(`/api/v1/adoption-assessments?adopterCitizenId=${husband}`);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
  });

  it('refuses a result without reasons or before the home study, and adopters under 30, writing nothing', async () => {
    const id = (await apply()).body.id;
    const early = await post(`/api/v1/adoption-assessments/${id}/result`, { result: 'negative', reasons: ['x'], completedOn: '2026-11-01' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:adoption-assessment.wrong-step');
    await study(id);
    expect((await post(`/api/v1/adoption-assessments/${id}/result`, { result: 'negative', reasons: [], completedOn: '2026-11-01' })).status).toBe(400);
    const blank = await post(`/api/v1/adoption-assessments/${id}/result`, { result: 'negative', reasons: ['  '], completedOn: '2026-11-01' });
    expect(blank.status).toBe(422);
    expect(blank.body.type).toBe('urn:civic:problem:adoption-assessment.reasons-required');
    expect((await get(`/api/v1/adoption-assessments/${id}`)).body).toMatchObject({ status: 'home-studied', result: null });
    expect((await db.query(`SELECT count(*)::int AS n FROM child_welfare.outbox WHERE payload->>'assessmentId' = $1`, [id]))[0].n).toBe(0);

    const before = await rows();
    const young = await apply({ adopters: [{ citizenId: newCitizenId('20000101'), name: '小王' }] });
    expect(young.body.type).toBe('urn:civic:problem:adoption-assessment.adopter-too-young');
    expect((await apply({ adopters: [] })).status).toBe(400);
    expect((await apply({ divisionCode: '310199999' })).status).toBe(422);
    expect(await rows()).toBe(before);
  });

  it('keeps adopters’ data to child-welfare roles in their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/adoption-assessments' })).status).toBe(401);
    expect((await get('/api/v1/adoption-assessments', await testToken(['registration:*']))).status).toBe(403);
    const pudong = (await apply({ divisionCode: '310115001' })).body.id;
    const xuhui = await testToken(['child-welfare:adoption-assessment.read'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await get(`/api/v1/adoption-assessments/${pudong}`, xuhui)).status).toBe(403);
    const theirs = await get('/api/v1/adoption-assessments?limit=200', xuhui);
    expect(
      theirs.body.items.every(
        (a: { divisionCode: string; adopters: { citizenId: string }[] }) =>
          a.divisionCode.startsWith('310104') && a.adopters.every((p) => p.citizenId.includes('*')),
      ),
    ).toBe(true);
  });
});
