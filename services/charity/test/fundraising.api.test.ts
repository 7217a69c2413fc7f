import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 慈善募捐 through the API: fundraising plans, charitable trusts and donations with gapless receipts. Its own database; today is 2026-11-30. */
describe('charity: fundraising plans, trusts and donations', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-11-30T02:00:00Z'));

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const count = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM charity.${table}`))[0].n);
  const outbox = (type: string, key: string) =>
    db.query(`SELECT payload FROM charity.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY created_at`, [type, key]);

  /** A foundation registered in 2024, recognised as a charity and (unless told) qualified for public fundraising. */
  const charity = async (qualified = true, divisionCode = '310104003') => {
    const registered = await post('/api/v1/organisations', {
      uscc: newUscc('53'),
      kind: 'foundation',
      name: `慈善基金会${Math.random().toString(36).slice(2, 8)}`,
      domicileDivisionCode: divisionCode,
      authorityLevel: 'city',
      legalRepresentative: '李四',
      registeredCapital: '4000000.00',
      registeredOn: '2024-03-01',
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;
    await post(`/api/v1/organisations/${id}/charity-recognition`, { recognisedOn: '2024-09-01' });
    if (qualified) expect((await post(`/api/v1/organisations/${id}/fundraising-qualification`, { qualifiedOn: '2025-06-01' })).status).toBe(200);
    return id;
  };
  const plan = (organisationId: string, overrides: Record<string, unknown> = {}) =>
    post('/api/v1/fundraising-plans', {
      organisationId,
      title: '冬季助老暖心行动',
      purpose: '为独居困难老人添置取暖设备',
      startsOn: '2026-11-30',
      endsOn: '2027-02-28',
      target: '10000.00',
      ...overrides,
    });
  const money = (organisationId: string, value: string, overrides: Record<string, unknown> = {}) =>
    post('/api/v1/donations', { organisationId, donorKind: 'person', donorName: '张三', kind: 'money', value, receivedOn: '2026-11-30', ...overrides });

  beforeAll(async () => {
    restore = await useFreshDatabase('charity', 'civic_charity_fundraising');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'charity');
    officer = await testToken([
      'charity:organisation.read',
      'charity:organisation.write',
      'charity:fundraising.read',
      'charity:fundraising.write',
      'charity:donation.read',
      'charity:donation.write',
    ]);
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('files a plan of a qualified charity before it starts (published), and counts the donations against its target', async () => {
    const organisationId = await charity();
    const filed = await plan(organisationId);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ organisationId, startsOn: '2026-11-30', target: '10000.00', filedOn: '2026-11-30', raised: '0.00', raisedShare: 0 });
    expect((await outbox('charity.fundraising-plan.filed.v1', filed.body.id))[0].payload).toMatchObject({ planId: filed.body.id, target: '10000.00' });

    expect((await money(organisationId, '2000.00', { planId: filed.body.id })).status).toBe(201);
    expect(
      (
        await post('/api/v1/donations', {
          organisationId,
          planId: filed.body.id,
          donorKind: 'anonymous',
          kind: 'goods',
          value: '500.50',
          goods: { description: '棉被', quantity: 10, unit: '条' },
          receivedOn: '2026-11-30',
        })
      ).status,
    ).toBe(201);
    expect((await get(`/api/v1/fundraising-plans/${filed.body.id}`)).body).toMatchObject({ raised: '2500.50', donations: 2, raisedShare: 0.25 });
    const running = await get(`/api/v1/fundraising-plans?organisationId=${organisationId}&runningOn=2027-01-15`);
    expect(running.body.items.map((p: { id: string }) => p.id)).toEqual([filed.body.id]);
  });

  it('refuses a plan whose start has passed, of an unqualified or deregistered charity, or beyond a year: nothing written', async () => {
    const qualified = await charity();
    const unqualified = await charity(false);
    const before = await count('fundraising_plan');
    const passed = await plan(qualified, { startsOn: '2026-11-29' });
    expect(passed.status).toBe(422);
    expect(passed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(passed.body.type).toBe('urn:civic:problem:fundraising-plan.start-passed');
    expect((await plan(unqualified)).body.type).toBe('urn:civic:problem:fundraising-plan.not-qualified');
    expect((await plan(qualified, { endsOn: '2027-12-31' })).body.type).toBe('urn:civic:problem:fundraising-plan.period-invalid');
    expect((await plan(qualified, { target: '-5' })).status).toBe(400);
    expect((await plan('00000000-0000-4000-8000-000000000000')).body.type).toBe('urn:civic:problem:organisation.unknown');
    await post(`/api/v1/organisations/${qualified}/deregistration`, { reason: '解散', deregisteredOn: '2026-11-30' });
    expect((await plan(qualified)).body.type).toBe('urn:civic:problem:fundraising-plan.organisation-deregistered');
    expect(await count('fundraising_plan')).toBe(before);
  });

  it('numbers receipts per organisation without gaps, also when donations race and some are refused', async () => {
    const organisationId = await charity();
    const other = await charity();
    const attempts = Array.from({ length: 12 }, (_, i) =>
      i % 4 === 3 ? money(organisationId, '0.00') : money(i % 2 ? other : organisationId, `${100 + i}.00`),
    );
    const answers = await Promise.all(attempts);
    expect(answers.filter((a) => a.status === 422)).toHaveLength(3);
    const numbers = async (id: string) =>
      (await get(`/api/v1/donations?organisationId=${id}&limit=200`)).body.items.map((d: { receiptNo: number }) => d.receiptNo);
    const mine = await numbers(organisationId);
    expect(mine).toEqual(Array.from({ length: mine.length }, (_, i) => i + 1));
    const theirs = await numbers(other);
    expect(theirs).toEqual(Array.from({ length: theirs.length }, (_, i) => i + 1));
    expect(mine.length + theirs.length).toBe(9);
    const [event] = await outbox('charity.donation.received.v1', organisationId);
    expect(event.payload).toMatchObject({ organisationId, receiptNo: 1, kind: 'money' });
  });

  it('refuses a donation to a deregistered organisation, outside the plan’s period, or of goods unnamed: nothing written', async () => {
    const organisationId = await charity();
    const later = (await plan(organisationId, { startsOn: '2026-12-10' })).body.id;
    const before = await count('donation');
    expect((await money(organisationId, '10.00', { planId: later })).body.type).toBe('urn:civic:problem:donation.outside-plan-period');
    expect((await money(organisationId, '10.00', { kind: 'goods' })).body.type).toBe('urn:civic:problem:donation.goods-invalid');
    expect((await money(organisationId, '10.00', { receivedOn: '2026-12-01' })).status).toBe(422);
    expect((await money(organisationId, '10.00', { donorKind: 'nobody' })).status).toBe(400);
    await post(`/api/v1/organisations/${organisationId}/deregistration`, { reason: '解散', deregisteredOn: '2026-11-30' });
    const refused = await money(organisationId, '10.00');
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('urn:civic:problem:donation.organisation-deregistered');
    expect(await count('donation')).toBe(before);
    expect(await count('donation_receipt_counter')).toBe(Number((await db.query(`SELECT count(DISTINCT organisation_id) AS n FROM charity.donation`))[0].n));
  });

  it('files a charitable trust within seven days of signing (published) and refuses day 8 naming the rule', async () => {
    const trust = (name: string, signedOn: string) =>
      post('/api/v1/charitable-trusts', {
        name,
        trusteeName: '上海某某信托有限公司',
        trusteeUscc: '91310000MA1K000006',
        settlors: '张三',
        purpose: '资助家庭经济困难学生',
        property: '1000000.00',
        signedOn,
        divisionCode: '310104',
      });
    const onTime = await trust('助学慈善信托甲', '2026-11-23');
    expect(onTime.status).toBe(201);
    expect(onTime.body).toMatchObject({ signedOn: '2026-11-23', filedOn: '2026-11-30', property: '1000000.00' });
    expect((await outbox('charity.charitable-trust.filed.v1', onTime.body.id))[0].payload).toMatchObject({ trustId: onTime.body.id, signedOn: '2026-11-23' });
    const before = await count('charitable_trust');
    const late = await trust('助学慈善信托乙', '2026-11-22');
    expect(late.status).toBe(422);
    expect(late.body.type).toBe('urn:civic:problem:charitable-trust.filed-late');
    expect((await trust('助学慈善信托甲', '2026-11-25')).status).toBe(409);
    expect((await trust('助学慈善信托丙', '2026-12-01')).status).toBe(422);
    expect(await count('charitable_trust')).toBe(before);
    expect((await get(`/api/v1/charitable-trusts?trusteeUscc=91310000MA1K000006`)).body.items).toHaveLength(1);
  });

  it('needs the permissions, and keeps a district officer to their districts', async () => {
    const elsewhere = await charity(true, '310115001');
    const xuhui = await testToken(['charity:fundraising.write', 'charity:donation.write', 'charity:donation.read'], 'xuhui-officer', 'test-suite', ['310104']);
    const theirPlan = { organisationId: elsewhere, title: '助老', purpose: '助老', startsOn: '2026-12-01', endsOn: '2026-12-31', target: '1.00' };
    expect((await post('/api/v1/fundraising-plans', theirPlan, xuhui)).status).toBe(403);
    expect(
      (await post('/api/v1/donations', { organisationId: elsewhere, donorKind: 'anonymous', kind: 'money', value: '1.00', receivedOn: '2026-11-30' }, xuhui))
        .status,
    ).toBe(403);
    const reader = await testToken(['charity:donation.read']);
    expect(
      (await post('/api/v1/donations', { organisationId: elsewhere, donorKind: 'anonymous', kind: 'money', value: '1.00', receivedOn: '2026-11-30' }, reader))
        .status,
    ).toBe(403);
    expect((await app.request({ method: 'GET', url: '/api/v1/donations' })).status).toBe(401);
  });
});
