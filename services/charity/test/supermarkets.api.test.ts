import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import {
  eventually,
  newBirthDate,
  newCitizenId,
  newUscc,
  seedTestDivisions,
  startTestService,
  TestBroker,
  TestService,
  testToken,
  waitForConsumers,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 慈善超市 through the API and the broker: assistance's benefit events make residents eligible; the counter gives within the allowance. */
describe('charity supermarkets', () => {
  let app: TestService;
  let clerk: string;
  let broker: TestBroker;
  let db: DataSource;
  /** Today as the service counts it (Asia/Shanghai), read when used: a run may cross midnight there. */
  const today = () => BusinessDate.today().toString();

  const post = (url: string, body: unknown, token = clerk) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = clerk) => app.request({ method: 'GET', url, token });
  const benefit = (programme: BenefitGrantedV1['programme'], divisionCode: string, members: string[]): BenefitGrantedV1 => ({
    benefitId: randomUUID(),
    householdId: randomUUID(),
    programme,
    divisionCode,
    memberCitizenIds: members,
    monthlyAmount: '1420.00',
    startsOn: '2026-01-01',
  });
  const grant = (data: BenefitGrantedV1, id?: string) =>
    broker.publish(BenefitGranted, [TestBroker.event(BenefitGranted, data, { subject: data.benefitId, ...(id ? { id } : {}) })]);
  const customer = (supermarketId: string, citizenId: string) => get(`/api/v1/supermarkets/${supermarketId}/customers/${citizenId}`);

  /** An outlet in 天平路街道 with an allowance of 100.00, and a lot of 20 bags of rice worth 300.00 on its shelves. */
  const outletWithRice = async () => {
    const supermarket = await post('/api/v1/supermarkets', { name: `天平慈善超市${Date.now()}`, divisionCode: '310104003', monthlyAllowance: '100.00' });
    expect(supermarket.status).toBe(201);
    const organisation = await post('/api/v1/organisations', {
      uscc: newUscc('52'),
      kind: 'social-service-institution',
      name: `慈善超市运营中心${Math.random().toString(36).slice(2, 8)}`,
      domicileDivisionCode: '310104003',
      authorityLevel: 'district',
      legalRepresentative: '赵六',
      registeredOn: '2024-05-01',
    });
    const rice = await post('/api/v1/donations', {
      organisationId: organisation.body.id,
      donorKind: 'organisation',
      donorName: '某粮油公司',
      kind: 'goods',
      value: '300.00',
      goods: { description: '大米', quantity: 20, unit: '袋' },
      receivedOn: today(),
    });
    const lot = await post(`/api/v1/supermarkets/${supermarket.body.id}/stock`, { donationId: rice.body.id });
    expect(lot.status).toBe(201);
    expect(lot.body).toMatchObject({ item: '大米', quantityLeft: 20, unitValue: '15.00' });
    return {
      supermarketId: supermarket.body.id as string,
      lotId: lot.body.id as string,
      donationId: rice.body.id as string,
      organisationId: organisation.body.id,
    };
  };

  beforeAll(async () => {
    app = await startTestService(AppModule, service);
    await seedTestDivisions(app, 'charity');
    clerk = await testToken([
      'charity:supermarket.read',
      'charity:supermarket.write',
      'charity:supermarket.govern',
      'charity:organisation.write',
      'charity:donation.write',
      'charity:personal-data.read',
    ]);
    broker = new TestBroker('supermarkets-test');
    db = app.app.get(DataSource);
    await waitForConsumers(app);
  }, 90_000);
  afterAll(async () => {
    await broker?.close();
    await app?.close();
  });

  it('makes the members of a 低保 household eligible in their district, gives within the month’s allowance, and refuses the rest with nothing written', async () => {
    const { supermarketId, lotId } = await outletWithRice();
    const [mother, son, elsewhere, temporary] = [1950, 1980, 1951, 1952].map((year) => newCitizenId(newBirthDate(year)));
    await grant(benefit('dibao', '310104003', [mother, son]));
    await grant(benefit('tekun', '310115001', [elsewhere]));
    await grant(benefit('linshi', '310104003', [temporary]));
    const eligible = await eventually(
      () => customer(supermarketId, son),
      (r) => r.body.eligible === true,
      { what: 'the 低保 household eligible at the supermarket', timeoutMs: 30_000 },
    );
    expect(eligible.body).toMatchObject({ citizenId: son, programmes: ['dibao'], monthlyAllowance: '100.00', usedThisMonth: '0.00', remaining: '100.00' });
    await eventually(
      async () =>
        Number((await db.query(`SELECT count(*) AS n FROM charity.supermarket_eligibility WHERE citizen_id = ANY($1::bpchar[])`, [[elsewhere]]))[0].n),
      (n) => n === 1,
      { what: 'the 特困 benefit elsewhere recorded' },
    );

    const given = await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: mother, stockId: lotId, quantity: 4 });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ citizenId: mother, item: '大米', quantity: 4, value: '60.00', givenOn: today() });
    expect((await customer(supermarketId, mother)).body).toMatchObject({ usedThisMonth: '60.00', remaining: '40.00' });

    const distributions = async () =>
      Number((await db.query(`SELECT count(*) AS n FROM charity.supermarket_distribution WHERE supermarket_id = $1`, [supermarketId]))[0].n);
    const before = await distributions();
    const over = await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: mother, stockId: lotId, quantity: 3 });
    expect(over.status).toBe(422);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(over.body.type).toBe('urn:civic:problem:supermarket.allowance-exceeded');
    for (const stranger of [elsewhere, temporary, newCitizenId(newBirthDate(1953))])
      expect((await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: stranger, stockId: lotId, quantity: 1 })).body.type).toBe(
        'urn:civic:problem:supermarket.not-eligible',
      );
    expect((await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: son, stockId: lotId, quantity: 17 })).body.type).toBe(
      'urn:civic:problem:supermarket.out-of-stock',
    );
    expect((await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: son, stockId: randomUUID(), quantity: 1 })).status).toBe(422);
    expect((await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: '12345', stockId: lotId, quantity: 1 })).status).toBe(400);
    expect(await distributions()).toBe(before);
    expect((await get(`/api/v1/supermarkets/${supermarketId}/stock`)).body[0].quantityLeft).toBe(16);

    // Two counters at once for the same resident: the allowance is spent once.
    const racing = await Promise.all(
      [1, 2].map(() => post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: son, stockId: lotId, quantity: 5 })),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 422]);
    const masked = await get(`/api/v1/supermarkets/${supermarketId}/distributions?month=${today().slice(0, 7)}`, await testToken(['charity:supermarket.read']));
    expect(masked.body.items.every((d: { citizenId: string }) => d.citizenId.includes('*'))).toBe(true);
  });

  it('ends eligibility when the benefit is terminated; a redelivered grant changes nothing twice', async () => {
    const { supermarketId, lotId } = await outletWithRice();
    const resident = newCitizenId(newBirthDate(1948));
    const granted = benefit('dibao', '310104003', [resident]);
    const eventId = randomUUID();
    await grant(granted, eventId);
    await eventually(
      () => customer(supermarketId, resident),
      (r) => r.body.eligible === true,
      { what: 'eligible', timeoutMs: 30_000 },
    );
    await grant(granted, eventId);
    const terminated: BenefitStatusChangedV1 = { ...granted, effectiveOn: today(), reason: '家庭收入超过标准' };
    await broker.publish(BenefitTerminated, [TestBroker.event(BenefitTerminated, terminated, { subject: granted.benefitId })]);
    await eventually(
      () => customer(supermarketId, resident),
      (r) => r.body.eligible === false,
      { what: 'no longer eligible after the termination', timeoutMs: 30_000 },
    );
    expect((await db.query(`SELECT count(*)::int AS n FROM charity.inbox WHERE event_id = $1`, [eventId]))[0].n).toBe(1);
    expect(
      (await db.query(`SELECT until::text AS until FROM charity.supermarket_eligibility WHERE benefit_id = $1`, [granted.benefitId])).map(
        (r: { until: string }) => r.until,
      ),
    ).toEqual([terminated.effectiveOn]);
    expect((await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: resident, stockId: lotId, quantity: 1 })).body.type).toBe(
      'urn:civic:problem:supermarket.not-eligible',
    );
  });

  it('stocks only goods donations, each once; a closed supermarket gives nothing', async () => {
    const { supermarketId, donationId, organisationId } = await outletWithRice();
    const twice = await post(`/api/v1/supermarkets/${supermarketId}/stock`, { donationId });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:supermarket.donation-stocked');
    const cash = await post('/api/v1/donations', { organisationId, donorKind: 'anonymous', kind: 'money', value: '50.00', receivedOn: today() });
    expect((await post(`/api/v1/supermarkets/${supermarketId}/stock`, { donationId: cash.body.id })).body.type).toBe('urn:civic:problem:supermarket.not-goods');
    const closed = await post(`/api/v1/supermarkets/${supermarketId}/closure`, { reason: '场地租约到期' }, clerk);
    expect(closed.body).toMatchObject({ status: 'closed', version: 2 });
    expect((await post(`/api/v1/supermarkets/${supermarketId}/allowance`, { monthlyAllowance: '120.00' })).body.type).toBe(
      'urn:civic:problem:supermarket.closed',
    );
  });

  it('needs a token with the permission, and keeps a district clerk to their districts', async () => {
    const { supermarketId, lotId } = await outletWithRice();
    expect((await app.request({ method: 'GET', url: '/api/v1/supermarkets' })).status).toBe(401);
    const reader = await testToken(['charity:supermarket.read']);
    expect(
      (await post(`/api/v1/supermarkets/${supermarketId}/distributions`, { citizenId: newCitizenId(newBirthDate(1950)), stockId: lotId, quantity: 1 }, reader))
        .status,
    ).toBe(403);
    const pudong = await testToken(['charity:supermarket.read', 'charity:supermarket.write'], 'pudong-clerk', 'test-suite', ['310115']);
    expect((await get(`/api/v1/supermarkets/${supermarketId}`, pudong)).status).toBe(403);
    const theirs = await get('/api/v1/supermarkets?limit=200', pudong);
    expect(theirs.body.items.every((s: { divisionCode: string }) => s.divisionCode.startsWith('310115'))).toBe(true);
  });
});
