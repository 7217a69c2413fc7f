import { testTokenWithClaims, eventually, startTestService, testToken, TestService } from '@civic/testing';
import { IdempotencyKeyPurge } from '@civic/platform';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/**
 * A fresh sub-district code under 徐汇区 per test, so tests never collide on the shared database. Only
 * 310104500-699: every service's read model learns these, and other tests rely on codes outside it being
 * seeded (310104003) or unknown (310104777).
 */
let serial = Math.floor(Math.random() * 200);
function newTownship(): string {
  serial = (serial + 1) % 200;
  return `310104${500 + serial}`;
}

describe('community divisions API', () => {
  let community: TestService;
  let writer: string;
  let reader: string;
  let auditor: string;

  beforeAll(async () => {
    community = await startTestService(AppModule, service);
    writer = await testToken(['community:division.write', 'community:division.read']);
    reader = await testToken(['community:division.read']);
    auditor = await testToken(['community:audit.read']);
  });
  afterAll(() => community.close());

  it('serves the seeded city and its 16 districts', async () => {
    const res = await community.request({ method: 'GET', url: '/api/v1/divisions?parentCode=310000&limit=50', token: reader });
    expect(res.status).toBe(200);
    expect(res.body.page.total).toBe(16);
    expect(res.body.items.map((d: { code: string }) => d.code)).toContain('310151');
    const pudong = await community.request({ method: 'GET', url: '/api/v1/divisions/310115', token: reader });
    expect(pudong.body).toMatchObject({ name: '浦东新区', level: 'county', parentCode: '310000', status: 'active' });
    expect(pudong.headers.etag).toBe('"1"');
  });

  it('establishes, renames and revokes with history, audit and events in the outbox', async () => {
    const code = newTownship();
    const created = await community.request({
      method: 'POST',
      url: '/api/v1/divisions',
      token: writer,
      body: { code, name: '测试街道', validFrom: '2026-01-01' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code, level: 'township', parentCode: '310104', version: 1 });
    expect(created.headers.location).toBe(`/api/v1/divisions/${code}`);

    const renamed = await community.request({
      method: 'POST',
      url: `/api/v1/divisions/${code}/rename`,
      token: writer,
      body: { name: '测试新街道', effectiveFrom: '2026-06-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.etag).toBe('"2"');

    const revoked = await community.request({
      method: 'POST',
      url: `/api/v1/divisions/${code}/revocation`,
      token: writer,
      body: { validTo: '2026-12-31', reason: '区划调整' },
    });
    expect(revoked.body).toMatchObject({ status: 'revoked', validTo: '2026-12-31', version: 3 });

    const history = await community.request({ method: 'GET', url: `/api/v1/divisions/${code}/history`, token: reader });
    expect(history.body.map((h: { change: string }) => h.change)).toEqual(['established', 'renamed', 'revoked']);
    expect(history.body[1]).toMatchObject({ previousName: '测试街道', name: '测试新街道', recordedBy: 'test-officer' });

    const audit = await community.request({ method: 'GET', url: `/api/v1/audit-log?resourceId=${code}`, token: auditor });
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['division.revoke', 'division.rename', 'division.establish']);
    expect(audit.body.items[2]).toMatchObject({ actor: 'test-officer', system: 'test-suite', status: 201 });
    expect(audit.body.items[2].requestId).toBeTruthy();

    const dataSource = community.app.get(DataSource);
    const outbox = await dataSource.query(`SELECT event_type, headers FROM community.outbox WHERE message_key = $1 ORDER BY id`, [code]);
    expect(outbox.map((r: { event_type: string }) => r.event_type)).toEqual([
      'community.division.established.v1',
      'community.division.renamed.v1',
      'community.division.revoked.v1',
    ]);
    expect(outbox[0].headers.ce_requestid).toBe(audit.body.items[2].requestId);
  });

  describe('bad input is refused with problem+json and writes nothing', () => {
    it.each([
      ['a malformed code', { code: '31A', name: 'x' }, 'code'],
      ['an unknown field', { code: '310104999', name: 'x', colour: 'red' }, 'colour'],
      ['a missing name', { code: '310104999' }, 'name'],
      ['an impossible date', { code: '310104999', name: 'x', validFrom: '2026-02-30' }, 'validFrom'],
      ['a NUL character in a name', { code: '310104999', name: '天平\u0000路' }, 'name'],
      ['a C1 control character in a name', { code: '310104999', name: '天平\u0081路' }, 'name'],
    ])('%s', async (_what, body, field) => {
      const res = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.type).toBe('urn:civic:problem:validation');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      const after = await community.request({ method: 'GET', url: '/api/v1/divisions/310104999', token: reader });
      expect(after.status).toBe(404);
    });

    it('a control character in a query parameter (never a 500)', async () => {
      const auditor = await testToken(['community:audit.read']);
      const res = await community.request({ method: 'GET', url: '/api/v1/audit-log?action=%00', token: auditor });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('action');
    });

    it('an empty number in the query (not read as 0) and a date before the year 1000', async () => {
      for (const url of ['/api/v1/divisions?offset=', '/api/v1/divisions?limit=']) {
        const res = await community.request({ method: 'GET', url, token: reader });
        expect(res.status).toBe(400);
      }
      const ancient = await community.request({
        method: 'POST',
        url: '/api/v1/divisions',
        token: writer,
        body: { code: '310104999', name: 'x', validFrom: '0080-05-28' },
      });
      expect(ancient.status).toBe(400);
      expect(ancient.body.errors[0].field).toBe('validFrom');
    });

    it('a method the path does not answer: 405 with Allow', async () => {
      for (const method of ['DELETE', 'PUT', 'PATCH']) {
        const res = await community.request({ method, url: '/api/v1/divisions/310104', token: writer, body: {} });
        expect(res.status).toBe(405);
        expect(res.headers.allow).toBe('GET, HEAD');
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const list = await community.request({ method: 'DELETE', url: '/api/v1/divisions', token: writer });
      expect(list.headers.allow).toBe('GET, HEAD, POST');
      expect((await community.request({ method: 'GET', url: '/api/v1/nothing-here', token: writer })).status).toBe(404);
    });

    it('a wrong-type path parameter', async () => {
      const res = await community.request({ method: 'GET', url: '/api/v1/divisions/abc', token: reader });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('code');
    });

    it('a body that is not JSON', async () => {
      const res = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: '{"code":' });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.text).not.toMatch(/at .*\.js|SELECT|INSERT/);
    });

    it('a division whose parent does not exist (422) or that exists already (409)', async () => {
      const orphan = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code: '310199001', name: '无上级' } });
      expect(orphan.status).toBe(422);
      expect(orphan.body.code).toBe('DIVISION.PARENT_UNKNOWN');
      const duplicate = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code: '310104', name: '徐汇区' } });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.type).toBe('urn:civic:problem:division.exists');
    });

    it('revoking a district that still has divisions in force', async () => {
      const code = newTownship();
      await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '在用街道' } });
      const res = await community.request({ method: 'POST', url: '/api/v1/divisions/310104/revocation', token: writer, body: { reason: 'x' } });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('DIVISION.HAS_ACTIVE_CHILDREN');
    });
  });

  describe('authentication and authorisation', () => {
    it('refuses a request without a token (401) or with a forged one (401)', async () => {
      expect((await community.request({ method: 'GET', url: '/api/v1/divisions/310104' })).status).toBe(401);
      const forged = `${reader.slice(0, -4)}AAAA`;
      const res = await community.request({ method: 'GET', url: '/api/v1/divisions/310104', token: forged });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('refuses a token whose districts claim is malformed (401), never reading it as city-wide, and one without subject, expiry or with too long a life', async () => {
      const get = (token: string) => community.request({ method: 'GET', url: '/api/v1/divisions/310104', token });
      const roles = ['community:division.read'];
      expect((await get(await testTokenWithClaims({ sub: 'x', roles, districts: [] }))).status).toBe(200);
      expect((await get(await testTokenWithClaims({ sub: 'x', roles, districts: ['310104'] }))).status).toBe(200);
      for (const districts of ['310104', [310104], ['310104003'], ['310104', 'all'], {}, null]) {
        const res = await get(await testTokenWithClaims({ sub: 'x', roles, districts }));
        expect({ districts, status: res.status }).toEqual({ districts, status: 401 });
      }
      expect((await get(await testTokenWithClaims({ roles }))).status).toBe(401);
      expect((await get(await testTokenWithClaims({ sub: ' ', roles }))).status).toBe(401);
      expect((await get(await testTokenWithClaims({ sub: 'x', roles }, null))).status).toBe(401);
      // The default maximum lifetime is a day.
      expect((await get(await testTokenWithClaims({ sub: 'x', roles }, '25h'))).status).toBe(401);
      expect((await get(await testTokenWithClaims({ sub: 'x', roles }, '23h'))).status).toBe(200);
      // Claiming to be issued a week from now does not buy a longer life.
      const later = Math.floor(Date.now() / 1000) + 7 * 86_400;
      expect((await get(await testTokenWithClaims({ sub: 'x', roles, iat: later }, later + 3600))).status).toBe(401);
    });

    it('refuses a role that does not grant the action (403)', async () => {
      const res = await community.request({ method: 'POST', url: '/api/v1/divisions', token: reader, body: { code: newTownship(), name: 'x' } });
      expect(res.status).toBe(403);
      expect((await community.request({ method: 'GET', url: '/api/v1/audit-log', token: reader })).status).toBe(403);
      // The audit trail is read by a role that names it, never through a wildcard or admin.
      const broad = await testToken(['community:*', '*:*', 'platform:admin']);
      expect((await community.request({ method: 'GET', url: '/api/v1/audit-log', token: broad })).status).toBe(403);
      expect((await community.request({ method: 'GET', url: '/api/v1/divisions/310104', token: broad })).status).toBe(200);
      expect((await community.request({ method: 'GET', url: '/api/v1/audit-log', token: await testToken(['*:audit.read']) })).status).toBe(200);
      // Refused attempts are counted by route, status and calling system.
      expect((await community.request({ method: 'GET', url: '/api/v1/audit-log' })).status).toBe(401);
      const metrics = (await community.request({ method: 'GET', url: '/metrics' })).text;
      const refused = (status: number, system: string) =>
        Number(
          metrics
            .split('\n')
            .find(
              (l) =>
                l.startsWith('http_refused_requests_total{') &&
                l.includes(`status="${status}"`) &&
                l.includes('route="/api/v1/audit-log"') &&
                l.includes(`system="${system}"`),
            )
            ?.split(' ')
            .pop() ?? 0,
        );
      expect(refused(403, 'test-suite')).toBeGreaterThanOrEqual(2);
      expect(refused(401, 'anonymous')).toBeGreaterThanOrEqual(1);
      const otherService = await testToken(['assistance:division.read']);
      expect((await community.request({ method: 'GET', url: '/api/v1/divisions/310104', token: otherService })).status).toBe(403);
    });

    it('keeps a district officer to their district (403 elsewhere, nothing written)', async () => {
      const xuhuiOfficer = await testToken(['community:division.write', 'community:division.read'], 'xuhui-officer', 'test-suite', ['310104']);
      const inside = newTownship();
      expect(
        (await community.request({ method: 'POST', url: '/api/v1/divisions', token: xuhuiOfficer, body: { code: inside, name: '区内街道' } })).status,
      ).toBe(201);
      const outside = await community.request({ method: 'POST', url: '/api/v1/divisions', token: xuhuiOfficer, body: { code: '310105777', name: '区外街道' } });
      expect(outside.status).toBe(403);
      expect(outside.body.code).toBe('DISTRICT_OUT_OF_SCOPE');
      expect((await community.request({ method: 'GET', url: '/api/v1/divisions/310105777', token: reader })).status).toBe(404);
      expect((await community.request({ method: 'POST', url: '/api/v1/divisions/310105/rename', token: xuhuiOfficer, body: { name: '长宁' } })).status).toBe(
        403,
      );
    });

    it('leaves health, metrics and docs open', async () => {
      expect((await community.request({ method: 'GET', url: '/health/live' })).status).toBe(200);
      expect((await community.request({ method: 'GET', url: '/docs-json' })).body.components.securitySchemes.bearer).toBeDefined();
      expect((await community.request({ method: 'GET', url: '/asyncapi' })).body.asyncapi).toBe('3.0.0');
      const metrics = await community.request({ method: 'GET', url: '/metrics' });
      expect(metrics.text).toMatch(/outbox_pending_events/);
    });
  });

  describe('idempotency', () => {
    it('returns the first response again for the same key and body, without a second write', async () => {
      const code = newTownship();
      const body = { code, name: '幂等街道' };
      const headers = { 'idempotency-key': `test-${code}` };
      const first = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body, headers });
      const second = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body, headers });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      const rows = await community.app.get(DataSource).query(`SELECT count(*)::int AS n FROM community.outbox WHERE message_key = $1`, [code]);
      expect(rows[0].n).toBe(1);
    });

    it('refuses the same key with another body (422)', async () => {
      const code = newTownship();
      const headers = { 'idempotency-key': `test-other-${code}` };
      await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: 'A' }, headers });
      const res = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: 'B' }, headers });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('keeps a key to the person and calling system that sent it', async () => {
      const key = { 'idempotency-key': `shared-${newTownship()}` };
      const roles = ['community:division.write', 'community:division.read'];
      const fromPortal = await testToken(roles, 'clerk', 'portal');
      const fromBackoffice = await testToken(roles, 'clerk', 'backoffice');
      const fromColleague = await testToken(roles, 'colleague', 'portal');
      const bodies = [newTownship(), newTownship(), newTownship()].map((code) => ({ code, name: '同键街道' }));
      const answers = [];
      for (const [i, token] of [fromPortal, fromBackoffice, fromColleague].entries())
        answers.push(await community.request({ method: 'POST', url: '/api/v1/divisions', token, body: bodies[i], headers: key }));
      // Another system or another person with the same key is another request, not a reused key.
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect(answers.map((a) => a.body.code)).toEqual(bodies.map((b) => b.code));
      const replay = await community.request({ method: 'POST', url: '/api/v1/divisions', token: fromPortal, body: bodies[0], headers: key });
      expect(replay.headers['idempotent-replayed']).toBe('true');
    });

    it('forgets a key after its retention, purged by the platform', async () => {
      const code = newTownship();
      const headers = { 'idempotency-key': `expiring-${code}` };
      expect((await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '过期街道' }, headers })).status).toBe(
        201,
      );
      const db = community.app.get(DataSource);
      // Older than the default retention (168 h).
      await db.query(`UPDATE community.idempotency_key SET created_at = now() - interval '169 hours' WHERE idempotency_key = $1`, [headers['idempotency-key']]);
      expect(await community.app.get(IdempotencyKeyPurge).purge()).toBeGreaterThanOrEqual(1);
      expect(await db.query(`SELECT 1 FROM community.idempotency_key WHERE idempotency_key = $1`, [headers['idempotency-key']])).toHaveLength(0);
      // The key is free again: a new request under it is answered afresh, not as a reuse.
      const other = newTownship();
      const fresh = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code: other, name: '新街道' }, headers });
      expect(fresh.status).toBe(201);
      expect(fresh.headers['idempotent-replayed']).toBeUndefined();
    });

    it('writes once when the same key arrives concurrently', async () => {
      const code = newTownship();
      const headers = { 'idempotency-key': `test-race-${code}` };
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '并发街道' }, headers }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const rows = await community.app.get(DataSource).query(`SELECT count(*)::int AS n FROM community.division_history WHERE code = $1`, [code]);
      expect(rows[0].n).toBe(1);
    });
  });

  describe('optimistic concurrency', () => {
    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const code = newTownship();
      await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '版本街道' } });
      await community.request({
        method: 'POST',
        url: `/api/v1/divisions/${code}/rename`,
        token: writer,
        body: { name: '版本二' },
        headers: { 'if-match': '"1"' },
      });
      const stale = await community.request({
        method: 'POST',
        url: `/api/v1/divisions/${code}/rename`,
        token: writer,
        body: { name: '版本三' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(412);
      const current = await community.request({ method: 'GET', url: `/api/v1/divisions/${code}`, token: reader });
      expect(current.body.name).toBe('版本二');
    });

    it('lets exactly one of two concurrent renames of the same version win (the other gets 409 or 412)', async () => {
      const code = newTownship();
      await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '竞争街道' } });
      const results = await Promise.all(
        ['甲', '乙', '丙'].map((name) =>
          community.request({ method: 'POST', url: `/api/v1/divisions/${code}/rename`, token: writer, body: { name }, headers: { 'if-match': '"1"' } }),
        ),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 200)) expect([409, 412]).toContain(r.status);
    });
  });

  it('publishes outbox rows to Kafka (the relay marks them)', async () => {
    const code = newTownship();
    await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: '发布街道' } });
    const dataSource = community.app.get(DataSource);
    await eventually(
      async () => (await dataSource.query(`SELECT published_at FROM community.outbox WHERE message_key = $1`, [code]))[0]?.published_at,
      Boolean,
      { what: 'outbox row published' },
    );
  });
});
