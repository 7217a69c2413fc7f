import { startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 标签字典 through the API: admission, change and withdrawal of governed tags, with history. */
describe('community tag dictionary', () => {
  let app: TestService;
  let governor: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false });
    governor = await testToken(['community:tag.read', 'community:tag.govern']);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  const post = (url: string, body: unknown, token = governor, headers: Record<string, string> = {}) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = governor) => app.request({ method: 'GET', url, token });
  const tags = async () => Number((await db.query(`SELECT count(*) AS n FROM community.tag`))[0].n);
  const newCode = () => `test-${Math.random().toString(36).slice(2, 10)}`;

  it('holds the tags the plan names, with owner and who sets them', async () => {
    const listed = await get('/api/v1/tags?status=admitted');
    expect(listed.status).toBe(200);
    const byCode = new Map(listed.body.map((t: { code: string }) => [t.code, t]));
    expect(byCode.get('living-alone-elder')).toMatchObject({ name: '独居老人', owner: 'community', setBy: 'officers' });
    expect(byCode.get('dibao')).toMatchObject({ name: '低保户', owner: 'assistance', setBy: 'events' });
    expect(byCode.get('child-in-difficulty')).toMatchObject({ owner: 'child-welfare', setBy: 'events' });
    expect((await get('/api/v1/tags?owner=eldercare')).body.map((t: { code: string }) => t.code)).toEqual(['disabled-elder']);
  });

  it('admits a tag, changes it from the version read and withdraws it with a reason, keeping each step in its history', async () => {
    const code = newCode();
    const admitted = await post('/api/v1/tags', { code, name: '空巢老人', meaning: '子女不在身边的老人', owner: 'community', setBy: 'officers' });
    expect(admitted.status).toBe(201);
    expect(admitted.headers.location).toBe(`/api/v1/tags/${code}`);
    expect(admitted.body).toMatchObject({ code, status: 'admitted', version: 1 });
    expect((await get(`/api/v1/tags/${code}`)).headers.etag).toBe('"1"');

    const stale = await post(`/api/v1/tags/${code}/change`, { meaning: 'x' }, governor, { 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    const changed = await post(`/api/v1/tags/${code}/change`, { meaning: '子女均不在本市居住的老人' }, governor, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ meaning: '子女均不在本市居住的老人', version: 2 });

    const withdrawn = await post(`/api/v1/tags/${code}/withdrawal`, { reason: '并入独居老人' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawnReason: '并入独居老人', version: 3 });
    const history = (await get(`/api/v1/tags/${code}/history`)).body;
    expect(history.map((h: { change: string }) => h.change)).toEqual(['admitted', 'changed', 'withdrawn']);
    expect(history[2]).toMatchObject({ reason: '并入独居老人', recordedBy: expect.any(String) });

    const again = await post(`/api/v1/tags/${code}/withdrawal`, { reason: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:civic:problem:tag.withdrawn');
    const reused = await post('/api/v1/tags', { code, name: '空巢', meaning: 'x', owner: 'community', setBy: 'officers' });
    expect(reused.status).toBe(409);
    expect(reused.body.type).toBe('urn:civic:problem:tag.code-taken');
  });

  it('refuses a tag of another context set by hand, a bad code, an unknown tag, and callers who do not govern the dictionary, writing nothing', async () => {
    const before = await tags();
    const byHand = await post('/api/v1/tags', { code: newCode(), name: '低收入', meaning: 'x', owner: 'assistance', setBy: 'officers' });
    expect(byHand.status).toBe(422);
    expect(byHand.body.type).toBe('urn:civic:problem:tag.owner-sets-it');
    const badCode = await post('/api/v1/tags', { code: '独居老人', name: '独居老人', meaning: 'x', owner: 'community', setBy: 'officers' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors[0].field).toBe('code');
    expect((await get('/api/v1/tags/no-such-tag')).status).toBe(404);
    // A code past its length is refused as 400 naming it, however long (not the router's 414).
    const long = await get(`/api/v1/tags/${'a'.repeat(150)}`);
    expect(long.status).toBe(400);
    expect(long.body.errors[0].field).toBe('code');
    expect((await post('/api/v1/tags/no-such-tag/withdrawal', { reason: 'x' })).status).toBe(404);
    const reader = await testToken(['community:tag.read']);
    expect((await post('/api/v1/tags', { code: newCode(), name: 'x', meaning: 'x', owner: 'community', setBy: 'officers' }, reader)).status).toBe(403);
    expect((await get('/api/v1/tags', await testToken(['community:division.read']))).status).toBe(403);
    expect(await tags()).toBe(before);
  });
});
