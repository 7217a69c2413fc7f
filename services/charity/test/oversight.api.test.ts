import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newBirthDate, newCitizenId, newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 打击非法社会组织 and the statistics per district, through the API. Its own database; today is 2026-11-30. */
describe('charity: illegal organisations and statistics', () => {
  let app: TestService;
  let officer: string;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-11-30T02:00:00Z'));

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });

  beforeAll(async () => {
    restore = await useFreshDatabase('charity', 'civic_charity_oversight');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'charity');
    officer = await testToken([
      'charity:illegal-organisation.read',
      'charity:illegal-organisation.write',
      'charity:organisation.write',
      'charity:donation.write',
      'charity:volunteer.write',
      'charity:statistics.read',
    ]);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('handles a report through investigation to a ban, each step in its history, and refuses steps out of order', async () => {
    const reported = await post('/api/v1/illegal-organisation-reports', {
      name: '中华某某文化促进总会',
      divisionCode: '310104003',
      source: 'public-report',
      description: '未经登记以社会组织名义开展评比表彰并收费',
      reportedOn: '2026-10-01',
    });
    expect(reported.status).toBe(201);
    const id = reported.body.id;
    const early = await post(`/api/v1/illegal-organisation-reports/${id}/ban`, { on: '2026-10-02', note: '取缔', decisionNo: '沪民社取字〔2026〕1号' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:illegal-organisation.transition-refused');
    expect(
      (await post(`/api/v1/illegal-organisation-reports/${id}/investigation`, { on: '2026-10-05', note: '立案调查' }, { 'if-match': '"1"' })).body.status,
    ).toBe('investigating');
    expect((await post(`/api/v1/illegal-organisation-reports/${id}/ban`, { on: '2026-12-01', note: '取缔', decisionNo: 'x' })).status).toBe(422);
    const banned = await post(`/api/v1/illegal-organisation-reports/${id}/ban`, { on: '2026-11-02', note: '依法取缔', decisionNo: '沪民社取字〔2026〕3号' });
    expect(banned.body).toMatchObject({ status: 'banned', decisionNo: '沪民社取字〔2026〕3号', version: 3 });
    const history = await get(`/api/v1/illegal-organisation-reports/${id}/history`);
    expect(history.body.map((s: { status: string; on: string }) => [s.status, s.on])).toEqual([
      ['reported', '2026-10-01'],
      ['investigating', '2026-10-05'],
      ['banned', '2026-11-02'],
    ]);
    expect((await post(`/api/v1/illegal-organisation-reports/${id}/dismissal`, { on: '2026-11-03', note: '撤销' })).status).toBe(409);

    const referred = (
      await post('/api/v1/illegal-organisation-reports', {
        name: '某某基金',
        divisionCode: '310104',
        source: 'referral',
        description: '涉嫌非法集资',
        reportedOn: '2026-11-01',
      })
    ).body.id;
    await post(`/api/v1/illegal-organisation-reports/${referred}/investigation`, { on: '2026-11-02', note: '调查' });
    expect(
      (await post(`/api/v1/illegal-organisation-reports/${referred}/referral`, { on: '2026-11-03', note: '涉嫌犯罪', referredTo: '市公安局' })).body,
    ).toMatchObject({
      status: 'referred',
      referredTo: '市公安局',
    });
    expect((await get('/api/v1/illegal-organisation-reports?status=banned&divisionCode=310104')).body.items.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(
      (await post('/api/v1/illegal-organisation-reports', { name: 'x', divisionCode: '310104', source: 'rumour', description: 'x', reportedOn: '2026-11-01' }))
        .status,
    ).toBe(400);
    const reader = await testToken(['charity:illegal-organisation.read']);
    expect((await post(`/api/v1/illegal-organisation-reports/${referred}/dismissal`, { on: '2026-11-03', note: 'x' }, {}, reader)).status).toBe(403);
  });

  it('reports per district: organisations by kind and grade against the 3A+ target, inspections, dormancy, donations by month, volunteer hours', async () => {
    const register = async (kind: string, prefix: string, capital: string | null, grade?: string, registeredOn = '2024-01-10') => {
      const o = await post('/api/v1/organisations', {
        uscc: newUscc(prefix),
        kind,
        name: `统计组织${Math.random().toString(36).slice(2, 8)}`,
        domicileDivisionCode: '310104003',
        authorityLevel: 'district',
        legalRepresentative: '甲',
        registeredCapital: capital,
        registeredOn,
      });
      if (grade) await post(`/api/v1/organisations/${o.body.id}/grade`, { grade, gradedOn: '2026-01-05' });
      return o.body.id as string;
    };
    const foundation = await register('foundation', '53', '2000000.00', '4A');
    const group = await register('social-group', '51', '30000.00', '2A');
    await register('social-service-institution', '52', null, '3A');
    await register('social-service-institution', '52', null);
    await post(`/api/v1/organisations/${group}/inspections`, { year: 2025, result: 'basic-pass', activityCount: 3, submittedOn: '2026-06-10' });
    await post(`/api/v1/organisations/${foundation}/inspections`, { year: 2025, result: 'pass', activityCount: 9, submittedOn: '2026-04-10' });
    for (const [receivedOn, value] of [
      ['2026-10-03', '100.00'],
      ['2026-11-05', '250.50'],
      ['2026-11-20', '49.50'],
    ])
      await post('/api/v1/donations', { organisationId: foundation, donorKind: 'anonymous', kind: 'money', value, receivedOn });
    const volunteer = (
      await post('/api/v1/volunteers', { citizenId: newCitizenId(newBirthDate(1990)), name: '王', divisionCode: '310104003', registeredOn: '2026-01-01' })
    ).body.id;
    await post(`/api/v1/volunteers/${volunteer}/memberships`, { organisationId: group, joinedOn: '2026-01-02' });
    await post(`/api/v1/volunteers/${volunteer}/service-records`, { organisationId: group, servedOn: '2026-03-01', hours: 2.5, activity: '助老' });
    await post(`/api/v1/volunteers/${volunteer}/service-records`, { organisationId: group, servedOn: '2026-04-01', hours: 3, activity: '助老' });
    // Silent since 2020: the dormancy review flags it.
    const silent = await register('social-group', '51', '30000.00', undefined, '2020-01-10');
    const governor = await testToken(['charity:organisation.govern']);
    expect((await post('/api/v1/dormancy-reviews', {}, {}, governor)).body.flagged).toEqual([silent]);

    const statistics = await get('/api/v1/statistics/charity?divisionCode=310104&year=2026');
    expect(statistics.status).toBe(200);
    expect(statistics.body).toEqual([
      {
        districtCode: '310104',
        organisations: { socialGroup: 2, socialServiceInstitution: 2, foundation: 1, total: 5 },
        grades: { '1A': 0, '2A': 1, '3A': 1, '4A': 1, '5A': 0 },
        threeAOrAboveShare: 0.4,
        threeAOrAboveTarget: 0.24,
        inspections: { year: 2026, pass: 0, basicPass: 0, fail: 0, late: 0 },
        dormant: 1,
        donationsByMonth: [
          { month: '2026-10', donations: 1, value: '100.00' },
          { month: '2026-11', donations: 2, value: '300.00' },
        ],
        volunteers: 1,
        volunteerHours: '5.5',
      },
    ]);
    const inspections2025 = (await get('/api/v1/statistics/charity?divisionCode=310104&year=2025')).body[0].inspections;
    expect(inspections2025).toEqual({ year: 2025, pass: 1, basicPass: 1, fail: 0, late: 1 });
    expect((await get('/api/v1/statistics/charity?year=1900')).status).toBe(400);
    const pudong = await testToken(['charity:statistics.read'], 'pudong-officer', 'test-suite', ['310115']);
    expect((await get('/api/v1/statistics/charity', pudong)).body.every((r: { districtCode: string }) => r.districtCode === '310115')).toBe(true);
  });
});
