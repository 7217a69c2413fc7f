import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 儿童信息 through the API: one record per child, categories that fit the age, guardians, events, and the strictest scope. */
describe('child-welfare children (儿童信息)', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}, token = officer) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const register = (body: Record<string, unknown> = {}, token = officer) =>
    post(
      '/api/v1/children',
      {
        citizenId: newCitizenId('20150601'),
        name: '小明',
        divisionCode: '310104003',
        address: '天平路 1 号',
        category: 'de-facto-unattended',
        registeredOn: '2026-03-01',
        ...body,
      },
      {},
      token,
    );
  const rows = async () => Number((await db.query(`SELECT count(*) AS n FROM child_welfare.child`))[0].n);

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false });
    await seedTestDivisions(app, 'child_welfare');
    officer = await testToken(['child-welfare:child.read', 'child-welfare:child.write', 'child-welfare:personal-data.read']);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  it('registers a child once, publishes it without the name, and changes the category from a later date', async () => {
    const citizenId = newCitizenId('20150601');
    const created = await register({ citizenId });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/children/${created.body.id}`);
    expect(created.body).toMatchObject({ citizenId, category: 'de-facto-unattended', status: 'active', version: 1 });
    const twice = await register({ citizenId });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:child.exists');

    const [event] = await db.query(
      `SELECT payload FROM child_welfare.outbox WHERE event_type = 'child-welfare.child.registered.v1' AND payload->>'childId' = $1`,
      [created.body.id],
    );
    expect(event.payload).toEqual({
      childId: created.body.id,
      citizenId,
      divisionCode: '310104003',
      category: 'de-facto-unattended',
      registeredOn: '2026-03-01',
    });

    const id = created.body.id;
    const changed = await post(
      `/api/v1/children/${id}/category-change`,
      { category: 'orphan', effectiveOn: '2026-06-01', reason: '父母经法院宣告死亡' },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.categories.map((c: { category: string }) => c.category)).toEqual(['de-facto-unattended', 'orphan']);
    expect(changed.body.categories[1]).toMatchObject({ reason: '父母经法院宣告死亡', recordedBy: expect.any(String) });
    const [moved] = await db.query(
      `SELECT payload FROM child_welfare.outbox WHERE event_type = 'child-welfare.child.category-changed.v1' AND payload->>'childId' = $1`,
      [id],
    );
    expect(moved.payload).toMatchObject({ from: 'de-facto-unattended', to: 'orphan', effectiveOn: '2026-06-01' });
    const listed = await get('/api/v1/children?category=orphan&divisionCode=310104&limit=200');
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('keeps the guardians with their history, and no parent as an orphan’s guardian', async () => {
    const id = (await register()).body.id;
    const dad = await post(`/api/v1/children/${id}/guardians`, {
      citizenId: newCitizenId('19800101'),
      name: '张父',
      relation: 'father',
      contact: '13800000000',
      from: '2026-03-01',
    });
    expect(dad.status).toBe(200);
    const guardianId = dad.body.guardians[0].id;
    const early = await post(`/api/v1/children/${id}/category-change`, { category: 'orphan', effectiveOn: '2026-06-01', reason: '父亡' });
    expect(early.status).toBe(422);
    expect(early.body.type).toBe('urn:civic:problem:child.orphan-parent');
    await post(`/api/v1/children/${id}/guardians/${guardianId}/end`, { to: '2026-05-20', reason: '监护人死亡' });
    expect((await post(`/api/v1/children/${id}/category-change`, { category: 'orphan', effectiveOn: '2026-06-01', reason: '父母双亡' })).status).toBe(200);
    const grandma = await post(`/api/v1/children/${id}/guardians`, {
      name: '李桂兰',
      relation: 'grandparent',
      contact: '13900000000',
      from: '2026-06-01',
    });
    expect(grandma.body.guardians.map((g: { relation: string; to: string | null }) => [g.relation, g.to])).toEqual([
      ['father', '2026-05-20'],
      ['grandparent', null],
    ]);
    expect(
      (
        await post(`/api/v1/children/${id}/guardians`, {
          citizenId: newCitizenId('19820101'),
          name: '母',
          relation: 'mother',
          contact: '1',
          from: '2026-06-02',
        })
      ).body.type,
    ).toBe('urn:civic:problem:child.orphan-parent');
  });

  it('refuses a category that does not fit the age, and bad input, writing nothing', async () => {
    const before = await rows();
    const adult = await register({ citizenId: newCitizenId('20070101') });
    expect(adult.status).toBe(422);
    expect(adult.body.type).toBe('urn:civic:problem:child.not-a-minor');
    expect((await register({ citizenId: newCitizenId('20090601'), category: 'left-behind' })).body.type).toBe('urn:civic:problem:child.category-age');
    expect((await register({ category: 'in-difficulty' })).body.type).toBe('urn:civic:problem:child.sub-kind-required');
    expect((await register({ category: 'wanderer' })).status).toBe(400);
    expect((await register({ divisionCode: '310199999' })).status).toBe(422);
    expect((await register({ registeredOn: '2099-01-01' })).status).toBe(422);
    expect(await rows()).toBe(before);
    expect((await register({ category: 'in-difficulty', subKind: 'disability' })).status).toBe(201);
  });

  it('counts the children with an active record per district and category', async () => {
    const analyst = await testToken(['child-welfare:statistics.read']);
    const count = async () =>
      ((await get('/api/v1/statistics/children?divisionCode=310104', analyst)).body as { category: string; children: number }[]).find(
        (r) => r.category === 'autism',
      )?.children ?? 0;
    const before = await count();
    await register({ category: 'autism' });
    const closed = (await register({ category: 'autism' })).body.id;
    await post(`/api/v1/children/${closed}/closure`, { reason: 'moved-away', closedOn: '2026-10-01' });
    expect(await count()).toBe(before + 1);
    expect((await get('/api/v1/statistics/children', officer)).status).toBe(403);
  });

  it('is for child-welfare roles within their districts, and masks citizen IDs without personal-data.read', async () => {
    expect((await app.request({ method: 'GET', url: '/api/v1/children' })).status).toBe(401);
    const other = await testToken(['eldercare:*', 'assistance:*']);
    expect((await get('/api/v1/children', other)).status).toBe(403);
    const pudong = (await register({ divisionCode: '310115001' })).body.id;
    const xuhui = await testToken(['child-welfare:child.read', 'child-welfare:child.write'], 'xuhui-director', 'test-suite', ['310104']);
    expect((await get(`/api/v1/children/${pudong}`, xuhui)).status).toBe(403);
    expect((await register({ divisionCode: '310115001' }, xuhui)).status).toBe(403);
    const theirs = await get('/api/v1/children?limit=200', xuhui);
    expect(theirs.body.items.length).toBeGreaterThan(0);
    expect(theirs.body.items.every((c: { divisionCode: string; citizenId: string }) => c.divisionCode.startsWith('310104') && c.citizenId.includes('*'))).toBe(
      true,
    );
  });
});
