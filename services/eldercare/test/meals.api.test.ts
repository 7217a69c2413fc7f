import { newCitizenId, newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 老年助餐 through the API, on a database of its own (the monthly totals count only this file's meals). */
describe('eldercare meals (老年助餐)', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let siteA: string;
  let siteB: string;
  let institution: string;
  let restore: () => void;

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const file = async (kind: string, divisionCode = '310104003') =>
    (
      await post('/api/v1/facilities', {
        name: `长者食堂${randomUUID().slice(0, 8)}`,
        kind,
        divisionCode,
        address: '漕溪北路 88 号',
        operatorName: '徐汇助餐服务社',
        operatorUscc: newUscc(),
        licensedCapacity: 80,
        filedOn: '2025-01-01',
      })
    ).body.id as string;
  const serve = (site: string, citizenId: string, body: Record<string, unknown> = {}) =>
    post(`/api/v1/facilities/${site}/meals`, { citizenId, name: '张桂英', servedOn: '2026-11-02', mealType: 'lunch', price: '15.00', ...body });
  const meals = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.meal`))[0].n);

  beforeAll(async () => {
    restore = await useFreshDatabase('eldercare', 'civic_meals');
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken(['eldercare:facility.write', 'eldercare:meal.read', 'eldercare:meal.write', 'eldercare:personal-data.read']);
    db = app.app.get(DataSource);
    siteA = await file('meal-site');
    siteB = await file('community-centre');
    institution = await file('institution');
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('records a meal with the subsidy of the elder’s programme, and lists it by site, elder and day', async () => {
    const citizenId = newCitizenId('19480101');
    await db.query(`INSERT INTO eldercare.elder_benefit (citizen_id, benefit_id, programme, active) VALUES ($1, $2, 'dibao', true)`, [citizenId, randomUUID()]);
    const served = await serve(siteA, citizenId);
    expect(served.status).toBe(201);
    expect(served.headers.location).toBe(`/api/v1/meals/${served.body.id}`);
    expect(served.body).toMatchObject({ facilityId: siteA, divisionCode: '310104003', price: '15.00', subsidy: '6.00', status: 'served' });
    const other = await serve(siteA, newCitizenId('19480101'));
    expect(other.body.subsidy).toBe('3.00');

    const listed = await get(`/api/v1/meals?facilityId=${siteA}&citizenId=${citizenId}&servedOn=2026-11-02`);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([served.body.id]);
  });

  it('refuses a meal beyond the daily limit, also when two sites serve the elder at once, and counts a cancelled one no more', async () => {
    const citizenId = newCitizenId('19450505');
    expect((await serve(siteA, citizenId, { mealType: 'breakfast', servedOn: '2026-11-03' })).status).toBe(201);
    const before = await meals();
    const [lunch, dinner] = await Promise.all([
      serve(siteA, citizenId, { mealType: 'lunch', servedOn: '2026-11-03' }),
      serve(siteB, citizenId, { mealType: 'dinner', servedOn: '2026-11-03' }),
    ]);
    expect([lunch.status, dinner.status].sort()).toEqual([201, 422]);
    const refused = lunch.status === 422 ? lunch : dinner;
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.type).toBe('urn:civic:problem:meal.daily-limit');
    expect(await meals()).toBe(before + 1);

    const kept = lunch.status === 201 ? lunch : dinner;
    const cancelled = await post(`/api/v1/meals/${kept.body.id}/cancellation`, { reason: '误录' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledReason: '误录' });
    expect((await post(`/api/v1/meals/${kept.body.id}/cancellation`, { reason: '再次' })).status).toBe(409);
    expect((await serve(siteB, citizenId, { mealType: refused === lunch ? 'lunch' : 'dinner', servedOn: '2026-11-03' })).status).toBe(201);
  });

  it('serves one lunch a day per elder, elders only, at a meal-serving facility, and refuses bad input writing nothing', async () => {
    const citizenId = newCitizenId('19400101');
    expect((await serve(siteA, citizenId, { servedOn: '2026-11-04' })).status).toBe(201);
    const before = await meals();
    const twice = await serve(siteB, citizenId, { servedOn: '2026-11-04' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:meal.already-served');
    expect((await serve(siteA, newCitizenId('19800101'))).body.type).toBe('urn:civic:problem:meal.not-an-elder');
    expect((await serve(institution, newCitizenId('19400101'))).body.type).toBe('urn:civic:problem:meal.not-a-meal-site');
    expect((await serve(siteA, citizenId, { mealType: 'supper' })).status).toBe(400);
    expect((await serve(siteA, citizenId, { price: '-3' })).status).toBe(400);
    expect((await serve(siteA, citizenId, { servedOn: '2099-01-01' })).status).toBe(422);
    expect((await serve(randomUUID(), citizenId)).status).toBe(404);
    expect(await meals()).toBe(before);
  });

  it('totals a month per site and per district, cancelled meals left out', async () => {
    const [x, y] = [newCitizenId('19430303'), newCitizenId('19430303')];
    const site = await file('meal-site', '310104004');
    await serve(site, x, { servedOn: '2026-10-30', mealType: 'lunch' });
    await serve(site, x, { servedOn: '2026-10-31', mealType: 'lunch' });
    const dropped = await serve(site, y, { servedOn: '2026-10-31', mealType: 'lunch' });
    await post(`/api/v1/meals/${dropped.body.id}/cancellation`, { reason: '误录' });
    await serve(site, y, { servedOn: '2026-11-01', mealType: 'lunch' });

    const totals = await get('/api/v1/meal-totals?month=2026-10&divisionCode=310104004');
    expect(totals.status).toBe(200);
    expect(totals.body.sites).toEqual([expect.objectContaining({ facilityId: site, districtCode: '310104', meals: 2, elders: 1, subsidy: '6.00' })]);
    expect(totals.body.districts).toEqual([{ districtCode: '310104', meals: 2, elders: 1, subsidy: '6.00' }]);
    expect((await get('/api/v1/meal-totals?month=2026-13')).status).toBe(400);
  });

  it('keeps the subsidy and the daily limit as data the city sets', async () => {
    const admin = await testToken(['eldercare:meal.read', 'eldercare:meal.write', 'eldercare:meal.policy']);
    const put = (body: unknown, token = admin) => app.request({ method: 'PUT', url: '/api/v1/meal-policy', token, body });
    expect((await get('/api/v1/meal-policy')).body).toMatchObject({ subsidyPerMeal: '3.00', dailyLimit: 2 });
    expect((await put({ subsidyPerMeal: '3.00', subsidyByProgramme: [], dailyLimit: 4 })).status).toBe(400);
    expect(
      (
        await put({
          subsidyPerMeal: '3.00',
          subsidyByProgramme: [
            { programme: 'dibao', subsidyPerMeal: '1.00' },
            { programme: 'dibao', subsidyPerMeal: '2.00' },
          ],
          dailyLimit: 2,
        })
      ).status,
    ).toBe(422);
    expect((await put({ subsidyPerMeal: '3.00', subsidyByProgramme: [], dailyLimit: 2 }, officer)).status).toBe(403);
    try {
      const set = await put({ subsidyPerMeal: '4.50', subsidyByProgramme: [{ programme: 'tekun', subsidyPerMeal: '12.00' }], dailyLimit: 1 });
      expect(set.body).toEqual({ subsidyPerMeal: '4.50', subsidyByProgramme: [{ programme: 'tekun', subsidyPerMeal: '12.00' }], dailyLimit: 1 });
      const citizenId = newCitizenId('19420202');
      expect((await serve(siteA, citizenId, { servedOn: '2026-11-05', mealType: 'breakfast' })).body.subsidy).toBe('4.50');
      expect((await serve(siteA, citizenId, { servedOn: '2026-11-05', mealType: 'lunch' })).status).toBe(422);
    } finally {
      await put({
        subsidyPerMeal: '3.00',
        subsidyByProgramme: [
          { programme: 'tekun', subsidyPerMeal: '10.00' },
          { programme: 'dibao', subsidyPerMeal: '6.00' },
        ],
        dailyLimit: 2,
      });
    }
  });

  it('needs a token with the permission, and keeps a district officer to their districts', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/meals' })).status).toBe(401);
    const reader = await testToken(['eldercare:meal.read']);
    expect((await post(`/api/v1/facilities/${siteA}/meals`, {}, reader)).status).toBe(403);
    const pudong = await file('meal-site', '310115001');
    const elsewhere = await serve(pudong, newCitizenId('19410101'));
    const xuhui = await testToken(['eldercare:meal.read', 'eldercare:meal.write'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await post(`/api/v1/facilities/${pudong}/meals`, {}, xuhui)).status).toBe(403);
    expect((await get(`/api/v1/meals/${elsewhere.body.id}`, xuhui)).status).toBe(403);
    const theirs = await get('/api/v1/meals?limit=200', xuhui);
    expect(theirs.body.items.every((m: { divisionCode: string; citizenId: string }) => m.divisionCode.startsWith('310104') && m.citizenId.includes('*'))).toBe(
      true,
    );
    const totals = await get('/api/v1/meal-totals?month=2026-11', xuhui);
    expect(totals.body.districts.every((t: { districtCode: string }) => t.districtCode === '310104')).toBe(true);
  });
});
