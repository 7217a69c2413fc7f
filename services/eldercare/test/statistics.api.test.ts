import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 养老服务统计 through the API, on a database of its own so the counts are exactly this file's records. */
describe('eldercare statistics', () => {
  const clock = new ControllableClock(new Date('2026-03-01T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let analyst: string;
  let restore: () => void;

  const post = (url: string, body: unknown) => app.request({ method: 'POST', url, token: officer, body });
  const get = (url: string, token = analyst) => app.request({ method: 'GET', url, token });
  const file = async (divisionCode: string, kind = 'institution') =>
    (
      await post('/api/v1/facilities', {
        name: `养老院${divisionCode}${kind}`,
        kind,
        divisionCode,
        address: '某路 1 号',
        operatorName: '养老服务公司',
        operatorUscc: newUscc(),
        licensedCapacity: 100,
        filedOn: '2024-01-01',
      })
    ).body.id as string;
  const bed = async (facility: string, kind: string, code: string) => (await post(`/api/v1/facilities/${facility}/beds`, { code, kind })).body.id as string;
  const assess = (citizenId: string, level: number, assessedOn: string, divisionCode = '310104003') =>
    post('/api/v1/care-assessments', { citizenId, name: '老人', divisionCode, level, assessedOn, assessor: '评估中心' });

  beforeAll(async () => {
    restore = await useFreshDatabase('eldercare', 'civic_eldercare_statistics');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken([
      'eldercare:facility.write',
      'eldercare:bed.write',
      'eldercare:resident.admit',
      'eldercare:assessment.write',
      'eldercare:waiting-list.apply',
      'eldercare:meal.write',
    ]);
    analyst = await testToken(['eldercare:statistics.read']);

    const xuhui = await file('310104003');
    const pudong = await file('310115001');
    const occupied = await bed(xuhui, 'general', 'G-1');
    await bed(xuhui, 'general', 'G-2');
    await bed(xuhui, 'basic-guarantee', 'B-1');
    await bed(pudong, 'cognitive-impairment', 'C-1');
    expect((await post(`/api/v1/beds/${occupied}/admissions`, { citizenId: newCitizenId('19400101'), name: '住户', admittedOn: '2026-02-01' })).status).toBe(
      201,
    );

    const elder = newCitizenId('19410101');
    await assess(elder, 2, '2025-06-01');
    await assess(elder, 4, '2026-01-10');
    await assess(newCitizenId('19420101'), 4, '2026-01-10');
    await assess(newCitizenId('19430101'), 1, '2026-01-10', '310115001');

    // Three elders join Xuhui's line 0, 10 and 30 days before the day the statistics are read.
    for (const day of ['2026-03-01', '2026-03-21', '2026-03-31']) {
      clock.set(new Date(`${day}T02:00:00Z`));
      expect((await post('/api/v1/waiting-list', { citizenId: newCitizenId('19380101'), name: '老人', divisionCode: '310104003' })).status).toBe(201);
    }
    const site = await file('310104003', 'meal-site');
    await post(`/api/v1/facilities/${site}/meals`, { citizenId: elder, name: '老人', servedOn: '2026-03-30', mealType: 'lunch', price: '15.00' });
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('counts beds in service by kind per district, with the occupied ones', async () => {
    const beds = await get('/api/v1/statistics/beds');
    expect(beds.status).toBe(200);
    expect(beds.body).toEqual([
      { districtCode: '310104', kind: 'basic-guarantee', beds: 1, occupied: 0, vacant: 1, occupancyPercent: 0 },
      { districtCode: '310104', kind: 'general', beds: 2, occupied: 1, vacant: 1, occupancyPercent: 50 },
      { districtCode: '310115', kind: 'cognitive-impairment', beds: 1, occupied: 0, vacant: 1, occupancyPercent: 0 },
    ]);
    expect((await get('/api/v1/statistics/beds?divisionCode=310115')).body).toHaveLength(1);
  });

  it('gives the line’s length and its median and longest waiting days per district', async () => {
    const line = await get('/api/v1/statistics/waiting-list');
    expect(line.body).toEqual([{ districtCode: '310104', waiting: 3, offered: 0, medianWaitingDays: 10, longestWaitingDays: 30 }]);
  });

  it('counts elders by the care level in force, not the ones replaced', async () => {
    expect((await get('/api/v1/statistics/care-assessments')).body).toEqual([
      { districtCode: '310104', level: 4, elders: 2 },
      { districtCode: '310115', level: 1, elders: 1 },
    ]);
  });

  it('totals the month’s meals', async () => {
    const meals = await get('/api/v1/statistics/meals?month=2026-03');
    expect(meals.body.districts).toEqual([{ districtCode: '310104', meals: 1, elders: 1, subsidy: '3.00' }]);
  });

  it('keeps a district analyst to their district and needs the permission', async () => {
    const xuhui = await testToken(['eldercare:statistics.read'], 'xuhui-analyst', 'test-suite', ['310104']);
    expect((await get('/api/v1/statistics/beds', xuhui)).body.every((r: { districtCode: string }) => r.districtCode === '310104')).toBe(true);
    expect((await get('/api/v1/statistics/care-assessments?divisionCode=310115', xuhui)).status).toBe(403);
    expect((await get('/api/v1/statistics/beds', officer)).status).toBe(403);
    expect((await get('/api/v1/statistics/meals?month=2026-3')).status).toBe(400);
  });
});
