import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

describe('eldercare care assessments (老年照护统一需求评估)', () => {
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));
  let app: TestService;
  let assessor: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'eldercare');
    assessor = await testToken(['eldercare:assessment.read', 'eldercare:assessment.write', 'eldercare:personal-data.read']);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  const assess = (citizenId: string, level: number, assessedOn: string, token = assessor) =>
    app.request({
      method: 'POST',
      url: '/api/v1/care-assessments',
      token,
      body: { citizenId, name: '王建国', divisionCode: '310104003', level, assessedOn, assessor: '徐汇区评估中心' },
    });
  const count = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.care_assessment`))[0].n);

  it('gives a level, publishes it with whether it qualifies, and replaces it from a later date keeping the history', async () => {
    const elder = newCitizenId();
    const first = await assess(elder, 1, '2026-03-01');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ level: 1, current: true, qualifiesForSubsidisedCare: false, replacesId: null });
    const second = await assess(elder, 4, '2026-05-20');
    expect(second.body).toMatchObject({ level: 4, current: true, qualifiesForSubsidisedCare: true, replacesId: first.body.id });
    const history = await app.request({ method: 'GET', url: `/api/v1/care-assessments?citizenId=${elder}`, token: assessor });
    expect(history.body.items.map((a: { level: number; current: boolean }) => [a.level, a.current])).toEqual([
      [4, true],
      [1, false],
    ]);
    const [event] = await db.query(`SELECT event_type, payload FROM eldercare.outbox WHERE message_key = $1`, [second.body.id]);
    expect(event).toMatchObject({
      event_type: 'eldercare.care-assessment.assessed.v1',
      payload: { level: 4, qualifiesForSubsidisedCare: true, citizenId: elder },
    });
  });

  it.each([
    ['a level outside 0-6', 7, '2026-05-01', 400, 'validation'],
    ['an assessment dated in the future', 3, '2026-06-02', 422, 'care-assessment.in-future'],
  ])('refuses %s with problem+json and writes nothing', async (_what, level, on, status, type) => {
    const before = await count();
    const res = await assess(newCitizenId(), level, on);
    expect([res.status, res.body.type]).toEqual([status, `urn:civic:problem:${type}`]);
    expect(await count()).toBe(before);
  });

  it('refuses a re-assessment that does not come after the one in force', async () => {
    const elder = newCitizenId();
    await assess(elder, 3, '2026-05-01');
    const earlier = await assess(elder, 5, '2026-04-01');
    expect([earlier.status, earlier.body.type]).toEqual([422, 'urn:civic:problem:care-assessment.not-after-current']);
  });

  it('keeps one line of history when re-assessments race: each assessment is replaced at most once', async () => {
    const elder = newCitizenId();
    await assess(elder, 2, '2026-04-01');
    const racing = await Promise.all([assess(elder, 3, '2026-05-01'), assess(elder, 5, '2026-05-02'), assess(elder, 6, '2026-05-03')]);
    const created = racing.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(racing.every((r) => [201, 409, 422].includes(r.status))).toBe(true);
    const chain = await db.query(`SELECT replaces_id FROM eldercare.care_assessment WHERE citizen_id = $1 AND replaces_id IS NOT NULL`, [elder]);
    expect(new Set(chain.map((c: { replaces_id: string }) => c.replaces_id)).size).toBe(chain.length);
  });

  it('takes the qualifying levels as city-level data', async () => {
    const policyMaker = await testToken(['eldercare:assessment.read', 'eldercare:assessment.policy', 'eldercare:assessment.write']);
    const set = await app.request({ method: 'PUT', url: '/api/v1/care-level-policy', token: policyMaker, body: { qualifyingLevels: [3, 4, 5, 6] } });
    expect(set.body).toEqual({ qualifyingLevels: [3, 4, 5, 6] });
    const res = await assess(newCitizenId(), 2, '2026-05-01', policyMaker);
    expect(res.body.qualifiesForSubsidisedCare).toBe(false);
    const district = await testToken(['eldercare:assessment.policy'], 'xuhui', 'test-suite', ['310104']);
    expect((await app.request({ method: 'PUT', url: '/api/v1/care-level-policy', token: district, body: { qualifyingLevels: [2] } })).status).toBe(403);
    expect((await app.request({ method: 'PUT', url: '/api/v1/care-level-policy', token: policyMaker, body: { qualifyingLevels: [] } })).status).toBe(400);
    await app.request({ method: 'PUT', url: '/api/v1/care-level-policy', token: policyMaker, body: { qualifyingLevels: [2, 3, 4, 5, 6] } });
  });
});
