import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { startTestService, testToken, TestService } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES, newBirthDate, newCitizenId, seedDivisions } from './support/fixtures';

describe('assistance homeless rescue cases (流浪乞讨救助)', () => {
  const clock = new ControllableClock(new Date('2026-01-15T03:00:00Z'));
  let assistance: TestService;
  let officer: string;

  beforeAll(async () => {
    assistance = await startTestService(AppModule, service, { overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedDivisions(assistance);
    officer = await testToken(ALL_ROLES);
  });
  afterAll(() => assistance.close());

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) => assistance.request({ method: 'POST', url, token: officer, body, headers });
  const intake = () =>
    post('/api/v1/rescue-cases', {
      foundDivisionCode: '310104003',
      foundOn: '2026-01-14',
      foundPlace: '徐家汇地铁站',
      description: '男性，约60岁，言语不清',
      sex: 'male',
      estimatedAge: 60,
    });

  it('goes from intake through shelter and identity search to family reunion and closure', async () => {
    const created = await intake();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'intake', version: 1 });
    const id = created.body.id;
    expect((await post(`/api/v1/rescue-cases/${id}/shelter`, { shelter: '市救助管理站' }, { 'if-match': '"1"' })).body).toMatchObject({
      status: 'sheltered',
      shelteredOn: '2026-01-15',
    });
    expect((await post(`/api/v1/rescue-cases/${id}/identity-searches`, { method: '人脸识别比对', result: '疑似安徽籍' })).body.identitySearch).toHaveLength(1);
    const citizenId = newCitizenId(newBirthDate(1966), '340104');
    const identified = await post(`/api/v1/rescue-cases/${id}/identification`, { citizenId, personName: '王某某' });
    expect(identified.body).toMatchObject({ status: 'identified', personName: '王某某', citizenId });
    expect((await post(`/api/v1/rescue-cases/${id}/reunion`, { detail: '由其子接回合肥' })).body).toMatchObject({
      status: 'reunited',
      outcome: { kind: 'reunited' },
    });
    const closed = await post(`/api/v1/rescue-cases/${id}/closure`, {});
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: '2026-01-15', outcome: { kind: 'reunited', detail: '由其子接回合肥' } });
    const listed = await assistance.request({
      method: 'GET',
      url: '/api/v1/rescue-cases?status=closed&divisionCode=310104&from=2026-01-14&to=2026-01-14',
      token: officer,
    });
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('refuses steps out of order, closure without an outcome, and bad input', async () => {
    const { body } = await intake();
    const reunite = await post(`/api/v1/rescue-cases/${body.id}/reunion`, { detail: 'x' });
    expect(reunite.status).toBe(409);
    expect(reunite.body.type).toBe('urn:civic:problem:rescue.illegal-transition');
    const noOutcome = await post(`/api/v1/rescue-cases/${body.id}/closure`, {});
    expect(noOutcome.status).toBe(422);
    expect(noOutcome.body.type).toBe('urn:civic:problem:rescue.outcome-required');
    const badId = await post(`/api/v1/rescue-cases/${body.id}/identification`, { citizenId: '340104196601011230', personName: 'x' });
    expect(badId.status).toBe(422);
    const left = await post(`/api/v1/rescue-cases/${body.id}/closure`, { outcome: { kind: 'left-voluntarily', detail: '本人自愿离站' } });
    expect(left.body).toMatchObject({ status: 'closed', outcome: { kind: 'left-voluntarily' } });
    const future = await post('/api/v1/rescue-cases', { foundDivisionCode: '310104003', foundOn: '2026-02-01', foundPlace: 'x', description: 'y' });
    expect(future.status).toBe(422);
    expect(future.body.type).toBe('urn:civic:problem:rescue.found-in-future');
    const readerOnly = await testToken(['assistance:rescue.read']);
    expect((await assistance.request({ method: 'POST', url: '/api/v1/rescue-cases', token: readerOnly, body: {} })).status).toBe(403);
  });
});
