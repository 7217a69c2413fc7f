import { serviceClient, ServiceClient, ServicePaths } from '@civic/clients';
import { injectFetch, newCitizenId, newUscc, seedTestDivisions, startTestService, TestService, testToken } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { SERVICES } from './services';

/**
 * The integrators' typed clients (libs/clients, generated from the committed openapi.json), one
 * test per service: each call below compiles only while the contract still has the operation,
 * parameters and fields it uses, and runs against the real service on Postgres.
 */
describe('typed clients generated from the committed OpenAPI documents', () => {
  const running: Partial<Record<keyof ServicePaths, TestService>> = {};
  let token: string;

  beforeAll(async () => {
    token = await testToken(['platform:admin']);
  });
  afterAll(async () => {
    await Promise.all(Object.values(running).map((s) => s!.close()));
  });

  async function clientOf<S extends keyof ServicePaths>(name: S): Promise<ServiceClient<S>> {
    const { module, definition } = SERVICES[name];
    const service = (running[name] ??= await startTestService(module, definition, { consumers: false }));
    if (name !== 'community') await seedTestDivisions(service, definition.schema);
    return serviceClient(name, { baseUrl: 'http://service.test', token, fetch: injectFetch(service.app) });
  }

  it('assistance: registers a household and reads it back', async () => {
    const client = await clientOf('assistance');
    const head = { citizenId: newCitizenId(), name: '王建国', relation: 'head' as const, monthlyIncome: '1000.00', assets: '0' };
    const created = await client.POST('/api/v1/households', {
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: { divisionCode: '310104003', address: '天平路100弄5号', members: [head] },
    });
    expect(created.response.status).toBe(201);
    const read = await client.GET('/api/v1/households/{id}', { params: { path: { id: created.data!.id } } });
    expect(read.data).toMatchObject({ id: created.data!.id, divisionCode: '310104003', perCapitaMonthlyIncome: '1000.00' });
  });

  it('registration: registers a marriage agency and reads it back', async () => {
    const client = await clientOf('registration');
    const created = await client.POST('/api/v1/marriage-agencies', { body: { uscc: newUscc(), name: '徐汇婚姻介绍所', divisionCode: '310104' } });
    expect(created.response.status).toBe(201);
    const read = await client.GET('/api/v1/marriage-agencies/{id}', { params: { path: { id: created.data!.id } } });
    expect(read.data?.name).toBe('徐汇婚姻介绍所');
  });

  it('funeral: registers a funeral agency and reads it back', async () => {
    const client = await clientOf('funeral');
    const created = await client.POST('/api/v1/funeral-agencies', { body: { uscc: newUscc(), name: '浦东殡葬服务站', divisionCode: '310115' } });
    expect(created.response.status).toBe(201);
    const read = await client.GET('/api/v1/funeral-agencies/{id}', { params: { path: { id: created.data!.id } } });
    expect(read.data?.divisionCode).toBe('310115');
  });

  it('community: establishes a division and reads it back', async () => {
    const client = await clientOf('community');
    const code = `310118${String(100 + Math.floor(Math.random() * 800))}`;
    const created = await client.POST('/api/v1/divisions', { body: { code, name: '客户端测试镇' } });
    expect(created.response.status).toBe(201);
    const read = await client.GET('/api/v1/divisions/{code}', { params: { path: { code } } });
    expect(read.data).toMatchObject({ code, level: 'township', parentCode: '310118' });
  });

  for (const name of ['eldercare', 'child-welfare', 'charity'] as const) {
    it(`${name}: reads its division read model, refusing an unknown code with a problem`, async () => {
      const client = await clientOf(name);
      const page = await client.GET('/api/v1/divisions', { params: { query: { parentCode: '310104', limit: 10 } } });
      expect(page.data?.items.map((d) => d.code)).toEqual(expect.arrayContaining(['310104003', '310104004']));
      const missing = await client.GET('/api/v1/divisions/{code}', { params: { path: { code: '310199' } } });
      expect(missing.response.status).toBe(404);
      expect(missing.error?.code).toBeDefined();
    });
  }
});
