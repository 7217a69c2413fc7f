import { BenefitGranted, BenefitTerminated, CareLevelAssessed, ChildCategoryChanged, ChildRegistered, DeathRegistered } from '@civic/contracts';
import { eventually, newCitizenId, startTestService, TestBroker, TestService, testToken, useFreshDatabase, waitForConsumers } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/**
 * 社区云 人房数据 through the API: dwellings under committees, persons in one dwelling at a time,
 * tags set by officers (published for assistance and eldercare), the advisers' tag search, and a death
 * from funeral closing the tags once however often it is delivered. Its own database.
 */
describe('community cloud: dwellings, persons and their tags', () => {
  let app: TestService;
  let broker: TestBroker;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  const dwellings: Record<string, string> = {};

  const post = (url: string, body: unknown, token = officer, headers: Record<string, string> = {}) =>
    app.request({ method: 'POST', url, token, body, headers });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM community.${table}`))[0].n as number;
  const outbox = (type: string, key: string) =>
    db.query(`SELECT payload FROM community.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY created_at`, [type, key]);
  const register = async (dwelling: string, citizenId = newCitizenId('19450101'), name = '王建国') => {
    const created = await post('/api/v1/persons', { citizenId, name, dwellingId: dwelling, movedInOn: '2026-01-10' });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  const applied = (eventId: string) =>
    eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM community.inbox WHERE event_id = $1`, [eventId]))[0].n,
      (n) => n >= 1,
      { what: `event ${eventId} applied`, timeoutMs: 30_000 },
    );
  const tagsOf = async (id: string) => (await get(`/api/v1/persons/${id}`)).body.tags.map((t: { code: string }) => t.code).sort();

  beforeAll(async () => {
    restore = await useFreshDatabase('community', 'civic_community_cloud');
    app = await startTestService(AppModule, service);
    broker = new TestBroker('community-cloud-test');
    officer = await testToken([
      'community:division.write',
      'community:division.read',
      'community:person.read',
      'community:person.write',
      'community:person.tag',
      'community:personal-data.read',
    ]);
    db = app.app.get(DataSource);
    // Community owns the register: the test establishes its sub-districts and committees as an officer would.
    for (const [code, name] of [
      ['310104003', '天平路街道'],
      ['310115001', '潍坊新村街道'],
      ['310104003001', '天平一居委会'],
      ['310104003002', '天平二居委会'],
      ['310115001001', '潍坊一居委会'],
    ])
      expect((await post('/api/v1/divisions', { code, name, validFrom: '2026-01-01' })).status).toBe(201);
    for (const [key, committeeCode, address] of [
      ['a', '310104003001', '天平路 100 弄 1 号 101 室'],
      ['b', '310104003002', '天平路 200 弄 2 号 202 室'],
      ['p', '310115001001', '潍坊路 1 号 303 室'],
    ]) {
      const created = await post('/api/v1/dwellings', { committeeCode, address, kind: 'apartment' });
      expect(created.status).toBe(201);
      dwellings[key] = created.body.id;
    }
    await waitForConsumers(app);
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await app?.close();
    restore?.();
  });

  it('registers dwellings under committees only, once per address, and lists them in keyset pages', async () => {
    const underStreet = await post('/api/v1/dwellings', { committeeCode: '310104003', address: '天平路 1 号', kind: 'house' });
    expect(underStreet.status).toBe(422);
    expect(underStreet.body.type).toBe('urn:civic:problem:dwelling.not-under-committee');
    const twice = await post('/api/v1/dwellings', { committeeCode: '310104003001', address: '天平路 100 弄 1 号 101 室', kind: 'apartment' });
    expect(twice.status).toBe(409);
    const unknown = await post('/api/v1/dwellings', { committeeCode: '310104003099', address: '某路 1 号', kind: 'apartment' });
    expect(unknown.status).toBe(422);
    expect(await count('dwelling')).toBe(3);
    const first = await get('/api/v1/dwellings?divisionCode=310104003&limit=1');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next).toBe(first.body.items[0].id);
    const second = await get(`/api/v1/dwellings?divisionCode=310104003&limit=1&after=${first.body.next}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.next).toBeNull();
    expect([first.body.items[0].id, second.body.items[0].id].sort()).toEqual([dwellings.a, dwellings.b].sort());
  });

  it('keeps a person in one dwelling at a time and publishes each move', async () => {
    const citizenId = newCitizenId('19500101');
    const id = await register(dwellings.a, citizenId);
    const twice = await post('/api/v1/persons', { citizenId, name: '王建国', dwellingId: dwellings.b, movedInOn: '2026-01-10' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:person.exists');

    const persons = await count('person');
    const residences = await count('person_residence');
    const housedTwice = await post(`/api/v1/persons/${id}/move-in`, { dwellingId: dwellings.b, on: '2026-03-01' });
    expect(housedTwice.status).toBe(409);
    expect(housedTwice.body.type).toBe('urn:civic:problem:person.already-housed');
    expect([await count('person'), await count('person_residence')]).toEqual([persons, residences]);

    const moved = await post(`/api/v1/persons/${id}/move`, { dwellingId: dwellings.b, on: '2026-03-01' }, officer, { 'if-match': '"1"' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ dwellingId: dwellings.b, committeeCode: '310104003002', status: 'resident', version: 2 });
    const out = await post(`/api/v1/persons/${id}/move-out`, { on: '2026-04-01', reason: '迁往外省' });
    expect(out.body).toMatchObject({ dwellingId: null, status: 'moved-out' });
    const history = (await get(`/api/v1/persons/${id}/history`)).body.residences;
    expect(history).toEqual([
      expect.objectContaining({ dwellingId: dwellings.a, from: '2026-01-10', to: '2026-03-01', endReason: '迁移' }),
      expect.objectContaining({ dwellingId: dwellings.b, from: '2026-03-01', to: '2026-04-01', endReason: '迁往外省' }),
    ]);
    const events = (await outbox('community.person.moved.v1', id)).map((r: { payload: Record<string, unknown> }) => r.payload);
    expect(events.map((e: Record<string, unknown>) => [e.fromDivisionCode, e.toDivisionCode])).toEqual([
      [null, '310104003001'],
      ['310104003001', '310104003002'],
      ['310104003002', null],
    ]);
    const future = await post(`/api/v1/persons/${id}/move-in`, { dwellingId: dwellings.a, on: '2099-01-01' });
    expect(future.status).toBe(422);
    expect(future.body.type).toBe('urn:civic:problem:person.in-future');
  });

  it('tags by hand only what officers set, publishes it, and finds the holders by tag name within a sub-district in keyset pages', async () => {
    const elders = [await register(dwellings.a), await register(dwellings.a), await register(dwellings.b)];
    for (const id of elders) expect((await post(`/api/v1/persons/${id}/tags`, { tag: 'living-alone-elder', reason: '入户走访核实' })).status).toBe(200);
    const [event] = await outbox('community.person-tag.tagged.v1', elders[0]);
    expect(event.payload).toMatchObject({ tag: 'living-alone-elder', name: '王建国', divisionCode: '310104003001' });

    const tags = await count('person_tag');
    const byHand = await post(`/api/v1/persons/${elders[0]}/tags`, { tag: 'dibao', reason: '手工' });
    expect(byHand.status).toBe(422);
    expect(byHand.body.type).toBe('urn:civic:problem:tag.owned-by-context');
    const unknown = await post(`/api/v1/persons/${elders[0]}/tags`, { tag: 'no-such-tag', reason: 'x' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.type).toBe('urn:civic:problem:tag.not-in-dictionary');
    const twice = await post(`/api/v1/persons/${elders[0]}/tags`, { tag: 'living-alone-elder', reason: 'again' });
    expect(twice.status).toBe(409);
    expect(await count('person_tag')).toBe(tags);

    const page1 = await get('/api/v1/persons?tag=独居老人&divisionCode=310104003&limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await get(`/api/v1/persons?tag=独居老人&divisionCode=310104003&limit=2&after=${page1.body.next}`);
    expect(page2.body.next).toBeNull();
    expect([...page1.body.items, ...page2.body.items].map((p: { id: string }) => p.id)).toEqual([...elders].sort());
    expect((await get('/api/v1/persons?tag=living-alone-elder&divisionCode=310104003001')).body.items).toHaveLength(2);
    expect((await get('/api/v1/persons?tag=不存在的标签')).status).toBe(422);

    const removed = await post(`/api/v1/persons/${elders[2]}/tags/living-alone-elder/removal`, { reason: '子女已回家同住' });
    expect(removed.status).toBe(200);
    expect(removed.body.tags).toEqual([]);
    const [untagged] = await outbox('community.person-tag.untagged.v1', elders[2]);
    expect(untagged.payload).toMatchObject({ tag: 'living-alone-elder', reason: '子女已回家同住', divisionCode: '310104003002' });
  });

  it('masks citizen IDs without personal-data.read and keeps district officers to their districts', async () => {
    const id = await register(dwellings.p, newCitizenId('19400101'));
    const reader = await testToken(['community:person.read'], 'pudong-officer', 'test-suite', ['310115']);
    const seen = await get(`/api/v1/persons/${id}`, reader);
    expect(seen.status).toBe(200);
    expect(seen.body.citizenId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const elsewhere = await get('/api/v1/persons?divisionCode=310104', reader);
    expect(elsewhere.status).toBe(403);
    const listed = await get('/api/v1/persons', reader);
    expect(listed.body.items.map((p: { committeeCode: string }) => p.committeeCode.slice(0, 6))).toEqual(['310115']);
    const xuhuiPerson = (await get('/api/v1/persons?divisionCode=310104003001&limit=1')).body.items[0].id;
    expect((await get(`/api/v1/persons/${xuhuiPerson}`, reader)).status).toBe(403);
  });

  it("tags and untags from other contexts' events (低保户, 困境儿童, 失能老人 by the levels as data), once however often delivered", async () => {
    const elderId = newCitizenId('19400301');
    const elder = await register(dwellings.a, elderId);
    const childId = newCitizenId('20150301');
    const child = await register(dwellings.a, childId, '小明');
    const facts = { benefitId: randomUUID(), householdId: randomUUID(), programme: 'dibao' as const, divisionCode: '310104003' };
    const granted = TestBroker.event(
      BenefitGranted,
      { ...facts, memberCitizenIds: [elderId, newCitizenId('19410101')], monthlyAmount: '1420.00', startsOn: '2026-04-01' },
      { subject: facts.benefitId },
    );
    await broker.publish(BenefitGranted, [granted, granted]);
    await applied(granted.id);
    expect(await tagsOf(elder)).toEqual(['dibao']);
    expect(await outbox('community.person-tag.tagged.v1', elder)).toHaveLength(1);

    const levels = await app.request({
      method: 'PUT',
      url: '/api/v1/tag-policies/disability-levels',
      token: await testToken(['community:tag.govern']),
      body: { levels: [5, 6] },
    });
    expect(levels.status).toBe(200);
    expect(levels.body).toEqual({ levels: [5, 6], version: 2 });
    const assess = (level: number) =>
      TestBroker.event(
        CareLevelAssessed,
        { assessmentId: randomUUID(), citizenId: elderId, divisionCode: '310104003', level, assessedOn: '2026-05-01', qualifiesForSubsidisedCare: level >= 2 },
        { subject: elderId },
      );
    const severe = assess(5);
    const mild = assess(3);
    await broker.publish(CareLevelAssessed, [severe]);
    await applied(severe.id);
    expect(await tagsOf(elder)).toEqual(['dibao', 'disabled-elder']);
    await broker.publish(CareLevelAssessed, [mild]);
    await applied(mild.id);
    expect(await tagsOf(elder)).toEqual(['dibao']);

    const record = randomUUID();
    const registered = TestBroker.event(
      ChildRegistered,
      { childId: record, citizenId: childId, divisionCode: '310104003', category: 'in-difficulty', registeredOn: '2026-03-01' },
      { subject: record },
    );
    const changed = TestBroker.event(
      ChildCategoryChanged,
      { childId: record, citizenId: childId, divisionCode: '310104003', from: 'in-difficulty', to: 'orphan', effectiveOn: '2026-06-01' },
      { subject: record },
    );
    await broker.publish(ChildRegistered, [registered]);
    await applied(registered.id);
    expect(await tagsOf(child)).toEqual(['child-in-difficulty']);
    await broker.publish(ChildCategoryChanged, [changed]);
    await applied(changed.id);
    expect(await tagsOf(child)).toEqual([]);

    const terminated = TestBroker.event(
      BenefitTerminated,
      { ...facts, memberCitizenIds: [elderId], effectiveOn: '2026-08-01', reason: '家庭收入超过标准' },
      { subject: facts.benefitId },
    );
    await broker.publish(BenefitTerminated, [terminated, terminated]);
    await applied(terminated.id);
    expect(await tagsOf(elder)).toEqual([]);
    const history = (await get(`/api/v1/persons/${elder}/history`)).body.tags;
    expect(history.find((t: { code: string }) => t.code === 'dibao')).toMatchObject({ untagReason: '救助待遇终止: 家庭收入超过标准' });
    const setLevels = (levels: number[], token: string) =>
      app.request({ method: 'PUT', url: '/api/v1/tag-policies/disability-levels', token, body: { levels } });
    expect((await setLevels([2], officer)).status).toBe(403);
    expect((await setLevels([], await testToken(['community:tag.govern']))).status).toBe(400);
    expect((await setLevels([7], await testToken(['community:tag.govern']))).status).toBe(400);
  }, 120_000);

  it('closes every tag and the residence at a death registered in funeral, once however often it is delivered', async () => {
    const citizenId = newCitizenId('19380101');
    const id = await register(dwellings.a, citizenId);
    await post(`/api/v1/persons/${id}/tags`, { tag: 'living-alone-elder', reason: '独居' });
    await post(`/api/v1/persons/${id}/tags`, { tag: 'advanced-age', reason: '88 岁' });
    const died = TestBroker.event(
      DeathRegistered,
      { deathRecordId: randomUUID(), citizenId, name: '王建国', dateOfDeath: '2026-10-01', divisionCode: '310104003' },
      { subject: citizenId },
    );
    await broker.publish(DeathRegistered, [died, died]);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM community.inbox WHERE event_id = $1`, [died.id]))[0].n,
      (n) => n === 1,
      { what: 'death applied', timeoutMs: 30_000 },
    );
    expect((await get(`/api/v1/persons/${id}`)).body).toMatchObject({ status: 'deceased', diedOn: '2026-10-01', tags: [], dwellingId: null });
    const untagged = await outbox('community.person-tag.untagged.v1', id);
    expect(untagged.map((r: { payload: { tag: string; reason: string } }) => [r.payload.tag, r.payload.reason]).sort()).toEqual([
      ['advanced-age', '死亡'],
      ['living-alone-elder', '死亡'],
    ]);
    const tagAfterDeath = await post(`/api/v1/persons/${id}/tags`, { tag: 'disabled', reason: 'x' });
    expect(tagAfterDeath.status).toBe(409);
  }, 90_000);

  it('merges a committee into another of its sub-district: revoked the day before, its dwellings, persons and open tags move with it', async () => {
    const before = await get(`/api/v1/dwellings/${dwellings.b}`);
    expect(before.body.committeeCode).toBe('310104003002');
    const across = await post('/api/v1/divisions/310104003001/merger', { mergedCodes: ['310115001001'], effectiveFrom: '2026-07-01' });
    expect(across.status).toBe(422);
    expect(across.body.type).toBe('urn:civic:problem:division.merge-across-parents');
    expect((await get(`/api/v1/dwellings/${dwellings.p}`)).body.committeeCode).toBe('310115001001');

    const merged = await post('/api/v1/divisions/310104003001/merger', { mergedCodes: ['310104003002'], effectiveFrom: '2026-07-01' });
    expect(merged.status).toBe(200);
    expect((await get('/api/v1/divisions/310104003002')).body).toMatchObject({ status: 'revoked', validTo: '2026-06-30' });
    expect((await get(`/api/v1/dwellings/${dwellings.b}`)).body.committeeCode).toBe('310104003001');
    expect((await get('/api/v1/persons?divisionCode=310104003002')).body.items).toEqual([]);
    const holders = (await get('/api/v1/persons?tag=living-alone-elder&divisionCode=310104003001&limit=200')).body.items;
    expect(holders.every((p: { committeeCode: string }) => p.committeeCode === '310104003001')).toBe(true);
    const [event] = await db.query(`SELECT payload FROM community.outbox WHERE event_type = 'community.division.merged.v1' AND message_key = '310104003001'`);
    expect(event.payload).toEqual({ code: '310104003001', mergedCodes: ['310104003002'], effectiveFrom: '2026-07-01' });
    const [revoked] = await db.query(
      `SELECT payload FROM community.outbox WHERE event_type = 'community.division.revoked.v1' AND message_key = '310104003002'`,
    );
    expect(revoked.payload).toMatchObject({ validTo: '2026-06-30' });
    const again = await post('/api/v1/divisions/310104003001/merger', { mergedCodes: ['310104003002'], effectiveFrom: '2026-08-01' });
    expect(again.status).toBe(409);
    expect((await get('/api/v1/divisions/310104003001/history')).body.map((h: { change: string }) => h.change)).toEqual(['established', 'merged']);
  });

  it('counts committees, dwellings, residents and tag holders per district, within the caller’s districts', async () => {
    const stats = await testToken(['community:statistics.read']);
    const counted = await get('/api/v1/statistics/community', stats);
    expect(counted.status).toBe(200);
    const [xuhui, pudong] = ['310104', '310115'].map((d) => counted.body.find((r: { districtCode: string }) => r.districtCode === d));
    expect(xuhui).toEqual({ districtCode: '310104', committees: 1, dwellings: 2, residents: 5 });
    expect(pudong).toEqual({ districtCode: '310115', committees: 1, dwellings: 1, residents: 1 });
    expect((await get('/api/v1/statistics/tagged-persons?divisionCode=310104', stats)).body).toEqual([
      { districtCode: '310104', tag: 'living-alone-elder', persons: 2 },
    ]);
    const pudongOfficer = await testToken(['community:statistics.read'], 'pudong-officer', 'test-suite', ['310115']);
    expect((await get('/api/v1/statistics/community', pudongOfficer)).body.map((r: { districtCode: string }) => r.districtCode)).toEqual(['310115']);
    expect((await get('/api/v1/statistics/community?divisionCode=310104', pudongOfficer)).status).toBe(403);
  });
});
