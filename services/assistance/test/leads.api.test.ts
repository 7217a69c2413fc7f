import { DeathRegistered, PersonTagged } from '@civic/contracts';
import { cloudEventHeaders, KafkaGateway } from '@civic/messaging';
import { eventually, startTestService, TestService, testToken, waitForConsumers } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES, member, newBirthDate, newCitizenId, seedDivisions } from './support/fixtures';

describe('assistance proactive identification (政策找人)', () => {
  let assistance: TestService;
  let officer: string;
  let gateway: KafkaGateway;

  beforeAll(async () => {
    assistance = await startTestService(AppModule, service);
    await seedDivisions(assistance);
    officer = await testToken(ALL_ROLES, 'adviser-lead');
    gateway = new KafkaGateway('lead-test', process.env.KAFKA_BROKERS!.split(','), {
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
      debug: () => undefined,
    });
    await waitForConsumers(assistance);
  });
  afterAll(async () => {
    await gateway.close();
    await assistance.close();
  });

  /** Events checked for "no effect" share a key with a later marker event, so they sit in one partition in order. */
  const publish = async (contract: typeof DeathRegistered | typeof PersonTagged, data: object, id = randomUUID(), times = 1, key = 'lead-test') => {
    const event = { id, type: contract.type, source: `/civic/${contract.producer}`, subject: 'x', time: new Date().toISOString(), data };
    const message = { key, value: JSON.stringify(data), headers: cloudEventHeaders(event) };
    await gateway.sendBatch([{ topic: contract.topic, messages: Array(times).fill(message) }]);
    return id;
  };
  const leadsOf = async (citizenId: string) => {
    const res = await assistance.request({ method: 'GET', url: '/api/v1/leads?limit=200&divisionCode=310104', token: officer });
    return res.body.items.filter((l: { citizenId: string }) => l.citizenId === citizenId);
  };

  it('a death in a registered household makes one re-verification lead, however often the event is delivered', async () => {
    const deceased = member({ name: '张老伯' });
    const household = await assistance.request({
      method: 'POST',
      url: '/api/v1/households',
      token: officer,
      body: { divisionCode: '310104003', address: '某路', members: [deceased] },
    });
    await publish(
      DeathRegistered,
      { deathRecordId: randomUUID(), citizenId: deceased.citizenId, name: '张老伯', dateOfDeath: '2026-03-01', divisionCode: '310104003' },
      randomUUID(),
      3,
    );
    const [lead] = await eventually(
      () => leadsOf(deceased.citizenId),
      (l) => l.length > 0,
      { what: 'lead created' },
    );
    expect(lead).toMatchObject({
      ruleCode: 'death-of-household-member',
      kind: 're-verification',
      householdId: household.body.id,
      status: 'open',
      sourceEventType: DeathRegistered.type,
    });
    // The later events of the same batch were applied too (or skipped as duplicates): still one lead.
    const other = member();
    await publish(DeathRegistered, {
      deathRecordId: randomUUID(),
      citizenId: other.citizenId,
      name: '无户者',
      dateOfDeath: '2026-03-01',
      divisionCode: '310104003',
    });
    const tagged = newCitizenId(newBirthDate(1940));
    await publish(PersonTagged, {
      citizenId: tagged,
      name: '李奶奶',
      tag: 'living-alone-elder',
      divisionCode: '310104003012',
      taggedAt: new Date().toISOString(),
    });
    await eventually(
      () => leadsOf(tagged),
      (l) => l.length === 1,
      { what: 'tag lead' },
    );
    expect(await leadsOf(deceased.citizenId)).toHaveLength(1);
    expect(await leadsOf(other.citizenId)).toHaveLength(0); // not in a household here: rule requires one
  });

  it('advisers assign, follow up and convert a lead into an application; or dismiss it with a reason', async () => {
    const elder = member({ name: '王奶奶', citizenId: newCitizenId(newBirthDate(1938)) });
    const household = await assistance.request({
      method: 'POST',
      url: '/api/v1/households',
      token: officer,
      body: { divisionCode: '310104004', address: '某弄', members: [elder] },
    });
    await publish(PersonTagged, {
      citizenId: elder.citizenId,
      name: '王奶奶',
      tag: 'living-alone-elder',
      divisionCode: '310104004001',
      taggedAt: new Date().toISOString(),
    });
    const [lead] = await eventually(
      () => leadsOf(elder.citizenId),
      (l) => l.length === 1,
      { what: 'lead' },
    );
    const post = (path: string, body: unknown) => assistance.request({ method: 'POST', url: `/api/v1/leads/${lead.id}/${path}`, token: officer, body });
    expect((await post('conversion', { programme: 'dibao' })).status).toBe(409);
    expect((await post('assignment', { assignee: 'adviser-zhang' })).body).toMatchObject({ status: 'assigned', assignee: 'adviser-zhang' });
    expect((await post('follow-ups', { text: '已上门，独居，收入低' })).body.notes[0]).toMatchObject({ by: 'adviser-lead', text: '已上门，独居，收入低' });
    const converted = await post('conversion', { programme: 'dibao' });
    expect(converted.body.status).toBe('converted');
    const application = await assistance.request({ method: 'GET', url: `/api/v1/applications/${converted.body.applicationId}`, token: officer });
    expect(application.body).toMatchObject({ householdId: household.body.id, programme: 'dibao', status: 'submitted' });
    expect((await post('dismissal', { reason: 'x' })).status).toBe(409);
  });

  it('operators change the rules as data: a disabled rule makes nothing, a new rule on another condition makes leads', async () => {
    const rule = {
      eventType: PersonTagged.type,
      conditions: [{ path: 'tag', in: ['child-in-difficulty'] }],
      householdMatch: 'any',
      leadKind: 'visit',
      summary: '困境儿童家庭：核查救助需求',
      enabled: true,
    };
    const saved = await assistance.request({ method: 'PUT', url: '/api/v1/lead-rules/child-in-difficulty', token: officer, body: rule });
    expect(saved.status).toBe(200);
    const child = newCitizenId(newBirthDate(2015));
    await publish(PersonTagged, { citizenId: child, name: '小明', tag: 'child-in-difficulty', divisionCode: '310104003', taggedAt: new Date().toISOString() });
    const [lead] = await eventually(
      () => leadsOf(child),
      (l) => l.length === 1,
      { what: 'lead from the new rule' },
    );
    expect(lead.summary).toBe('困境儿童家庭：核查救助需求');

    await assistance.request({ method: 'PUT', url: '/api/v1/lead-rules/child-in-difficulty', token: officer, body: { ...rule, enabled: false } });
    const second = newCitizenId(newBirthDate(2016));
    const marker = newCitizenId(newBirthDate(1941));
    await publish(PersonTagged, { citizenId: second, name: '小红', tag: 'child-in-difficulty', divisionCode: '310104003', taggedAt: new Date().toISOString() });
    await publish(PersonTagged, { citizenId: marker, name: '标记', tag: 'living-alone-elder', divisionCode: '310104003', taggedAt: new Date().toISOString() });
    await eventually(
      () => leadsOf(marker),
      (l) => l.length === 1,
      { what: 'the later event was processed' },
    );
    expect(await leadsOf(second)).toHaveLength(0);

    const bad = await assistance.request({
      method: 'PUT',
      url: '/api/v1/lead-rules/bad-rule',
      token: officer,
      body: { ...rule, eventType: 'nobody.nothing.happened.v1' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe('urn:civic:problem:lead-rule.invalid');
    // A condition value must be a string, number or boolean: `in: [{}]` was stored before.
    const objectValue = await assistance.request({
      method: 'PUT',
      url: '/api/v1/lead-rules/bad-rule',
      token: officer,
      body: { ...rule, conditions: [{ path: 'tag', in: [{}] }] },
    });
    expect(objectValue.status).toBe(400);
    expect(objectValue.body.errors[0].field).toMatch(/^conditions\[0\]\.in/);
    const rules = await assistance.request({ method: 'GET', url: '/api/v1/lead-rules', token: officer });
    expect(rules.body.map((r: { code: string }) => r.code)).not.toContain('bad-rule');
  });
});
