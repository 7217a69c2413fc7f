import { startTestService, TestService, testToken } from '@civic/testing';
import { SERVICES } from './services';

/** community with a per-caller limit of 5 requests a minute (RATE_LIMIT_PER_MINUTE). */
describe('the per-caller rate limit', () => {
  let community: TestService;

  beforeAll(async () => {
    process.env.COMMUNITY_RATE_LIMIT_PER_MINUTE = '5';
    community = await startTestService(SERVICES.community.module, SERVICES.community.definition, { consumers: false });
  });
  afterAll(async () => {
    delete process.env.COMMUNITY_RATE_LIMIT_PER_MINUTE;
    await community.close();
  });

  const read = (token: string) => community.request({ method: 'GET', url: '/api/v1/divisions/310104', token });

  it('answers 429 problem+json with Retry-After past the limit, to that caller only, and never limits health', async () => {
    const busy = await testToken(['community:division.read'], 'busy-clerk', 'portal');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await read(busy)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await read(busy);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', type: 'urn:civic:problem:rate-limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The same person through another system, and another person, are other callers.
    expect((await read(await testToken(['community:division.read'], 'busy-clerk', 'backoffice'))).status).toBe(200);
    expect((await read(await testToken(['community:division.read'], 'other-clerk', 'portal'))).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await community.request({ method: 'GET', url: '/health/ready' })).status).toBe(200);
  });
});
