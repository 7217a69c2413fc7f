import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 基本生活保障金 through the API, on a database of its own (the standards are city data this file changes). */
describe('child-welfare allowance standards and what a child is due', () => {
  let app: TestService;
  let officer: string;
  let restore: () => void;

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const due = async (id: string, month: string) => (await get(`/api/v1/children/${id}/allowance?month=${month}`)).body;

  beforeAll(async () => {
    restore = await useFreshDatabase('child-welfare', 'civic_allowances');
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'child_welfare');
    officer = await testToken(['child-welfare:child.read', 'child-welfare:child.write', 'child-welfare:allowance.policy']);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('keeps the standards as data from a month, and refuses one twice or not on a first of month', async () => {
    expect((await get('/api/v1/allowance-standards')).body).toEqual([
      { category: 'de-facto-unattended', monthlyAmount: '2190.00', effectiveFrom: '2026-01-01' },
      { category: 'orphan', monthlyAmount: '2190.00', effectiveFrom: '2026-01-01' },
    ]);
    const added = await post('/api/v1/allowance-standards', { category: 'orphan', monthlyAmount: '2300.00', effectiveFrom: '2026-07-01' });
    expect(added.status).toBe(201);
    expect((await post('/api/v1/allowance-standards', { category: 'orphan', monthlyAmount: '2400.00', effectiveFrom: '2026-07-01' })).status).toBe(409);
    expect((await post('/api/v1/allowance-standards', { category: 'orphan', monthlyAmount: '2400.00', effectiveFrom: '2026-08-02' })).body.type).toBe(
      'urn:civic:problem:allowance.not-first-of-month',
    );
    expect((await post('/api/v1/allowance-standards', { category: 'left-behind', monthlyAmount: '1.00', effectiveFrom: '2026-08-01' })).status).toBe(400);
    expect((await post('/api/v1/allowance-standards', { category: 'orphan', monthlyAmount: '0', effectiveFrom: '2026-08-01' })).status).toBe(422);
    expect(
      (
        await post(
          '/api/v1/allowance-standards',
          { category: 'orphan', monthlyAmount: '1.00', effectiveFrom: '2026-08-01' },
          await testToken(['child-welfare:child.write']),
        )
      ).status,
    ).toBe(403);
  });

  it('says what a child is due each month: the standard in force, through the month the record closes', async () => {
    const orphan = (
      await post('/api/v1/children', {
        citizenId: newCitizenId('20120101'),
        name: '小安',
        divisionCode: '310104003',
        address: '福利院',
        category: 'orphan',
        registeredOn: '2026-03-15',
      })
    ).body.id;
    expect(await due(orphan, '2026-02')).toMatchObject({ amount: '0.00' });
    expect(await due(orphan, '2026-03')).toMatchObject({ category: 'orphan', amount: '2190.00' });
    expect(await due(orphan, '2026-07')).toMatchObject({ amount: '2300.00' });
    await post(`/api/v1/children/${orphan}/closure`, { reason: 'moved-away', closedOn: '2026-09-10' });
    expect(await due(orphan, '2026-09')).toMatchObject({ amount: '2300.00' });
    expect(await due(orphan, '2026-10')).toMatchObject({ amount: '0.00' });
    const leftBehind = (
      await post('/api/v1/children', {
        citizenId: newCitizenId('20150101'),
        name: '小乐',
        divisionCode: '310104003',
        address: '家中',
        category: 'left-behind',
        registeredOn: '2026-03-15',
      })
    ).body.id;
    expect(await due(leftBehind, '2026-07')).toMatchObject({ category: 'left-behind', amount: '0.00' });
    expect((await get(`/api/v1/children/${orphan}/allowance?month=2026-13`)).status).toBe(400);
  });
});
