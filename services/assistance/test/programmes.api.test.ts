import { useFreshDatabase, startTestService, testToken, TestService } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES } from './support/fixtures';

/** Operators change a programme's eligibility as data: validated, versioned (If-Match / ETag), audited. */
describe('assistance programme eligibility (救助项目条件)', () => {
  let assistance: TestService;
  let operator: string;
  let reader: string;
  let restoreDatabase: (() => void) | undefined;

  beforeAll(async () => {
    restoreDatabase = await useFreshDatabase('assistance', 'civic_programmes');
    assistance = await startTestService(AppModule, service, { consumers: false });
    operator = await testToken(ALL_ROLES, 'programme-operator');
    reader = await testToken(['assistance:programme.read']);
  });
  afterAll(async () => {
    await assistance?.close();
    restoreDatabase?.();
  });

  const put = (body: unknown, headers: Record<string, string> = {}, token = operator) =>
    assistance.request({ method: 'PUT', url: '/api/v1/programmes/zhichuxing/eligibility', token, body, headers });

  it('replaces the conditions from the version read, refuses a stale or malformed edit, and needs programme.manage', async () => {
    const before = await assistance.request({ method: 'GET', url: '/api/v1/programmes/zhichuxing', token: reader });
    expect(before.status).toBe(200);
    const etag = String(before.headers.etag);
    const conditions = [{ fact: 'household-size', atMost: 8 }];

    expect((await put({ eligibility: conditions }, { 'if-match': etag }, reader)).status).toBe(403);
    const malformed = await put({ eligibility: [{ fact: 'household-size', atMost: 99 }] }, { 'if-match': etag });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].field).toBe('eligibility[0]');

    const changed = await put({ eligibility: conditions }, { 'if-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.eligibility).toEqual(conditions);
    expect(changed.body.version).toBe(before.body.version + 1);
    expect(changed.headers.etag).toBe(`"${before.body.version + 1}"`);

    const stale = await put({ eligibility: [] }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    const audit = await assistance.request({ method: 'GET', url: '/api/v1/audit-log?action=programme.set-eligibility', token: operator });
    expect(audit.body.items.map((e: { resourceId: string }) => e.resourceId)).toEqual(['zhichuxing']);
  });

  it('keeps programme settings city-level: a district officer with the role reads them but may not change them', async () => {
    const xuhuiOperator = await testToken(ALL_ROLES, 'xuhui-operator', 'test-suite', ['310104']);
    const read = await assistance.request({ method: 'GET', url: '/api/v1/programmes/zhichuxing', token: xuhuiOperator });
    expect(read.status).toBe(200);
    const refused = await put({ eligibility: [] }, { 'if-match': String(read.headers.etag) }, xuhuiOperator);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CITY_LEVEL_ONLY');
    const after = await assistance.request({ method: 'GET', url: '/api/v1/programmes/zhichuxing', token: reader });
    expect(after.body.version).toBe(read.body.version);
    const standard = await assistance.request({
      method: 'POST',
      url: '/api/v1/programmes/dibao/standards',
      token: xuhuiOperator,
      body: { amount: '9999.00', effectiveFrom: '2027-01-01' },
    });
    expect(standard.status).toBe(403);
  });
});
