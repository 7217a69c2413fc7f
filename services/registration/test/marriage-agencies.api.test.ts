import { newUscc, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

describe('marriage agencies (婚姻介绍机构): registry, complaints, inspections', () => {
  let registration: TestService;
  let officer: string;

  beforeAll(async () => {
    registration = await startTestService(AppModule, service);
    await seedTestDivisions(registration, 'registration');
    officer = await testToken(['registration:marriage-agency.read', 'registration:marriage-agency.manage']);
  });
  afterAll(() => registration.close());

  it('registers an agency, records an inspection with a rectification deadline and suspends it', async () => {
    const post = (url: string, body: unknown) => registration.request({ method: 'POST', url, token: officer, body });
    const agency = await post('/api/v1/marriage-agencies', { uscc: newUscc(), name: '某婚姻介绍所', divisionCode: '310104004' });
    expect(agency.status).toBe(201);
    const inspected = await post(`/api/v1/marriage-agencies/${agency.body.id}/actions`, {
      kind: 'rectification-notice',
      takenOn: '2027-03-01',
      findings: '未公示收费标准',
      rectifyBy: '2027-03-31',
    });
    expect(inspected.body.actions[0]).toMatchObject({ kind: 'rectification-notice', rectifyBy: '2027-03-31' });
    const suspended = await post(`/api/v1/marriage-agencies/${agency.body.id}/status`, { status: 'suspended', reason: '整改期间暂停业务' });
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: '整改期间暂停业务' });
    expect((await post(`/api/v1/marriage-agencies/${agency.body.id}/status`, { status: 'suspended', reason: 'again' })).status).toBe(409);
  });
});
