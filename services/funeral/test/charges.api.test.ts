import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitSuspended } from '@civic/contracts';
import {
  eventually,
  newBirthDate,
  newCitizenId,
  seedTestDivisions,
  startTestService,
  TestBroker,
  TestService,
  testToken,
  waitForConsumers,
} from '@civic/testing';
import { BusinessDate } from '@civic/domain-kernel';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

describe('funeral charges: the price catalogue, the waiver (惠民) and eco-burial subsidies', () => {
  let funeral: TestService;
  let clerk: string;
  let broker: TestBroker;
  let db: DataSource;

  beforeAll(async () => {
    funeral = await startTestService(AppModule, service);
    await seedTestDivisions(funeral, 'funeral');
    clerk = await testToken(['funeral:*', 'funeral:personal-data.read', 'funeral:audit.read']);
    broker = new TestBroker('charges-test');
    db = funeral.app.get(DataSource);
    await waitForConsumers(funeral);
  }, 90_000);
  afterAll(async () => {
    await broker?.close();
    await funeral.close();
  });

  const post = (url: string, body: unknown) => funeral.request({ method: 'POST', url, token: clerk, body });
  const died = async (citizenId: string) =>
    (
      await post('/api/v1/death-records', {
        citizenId,
        name: '某',
        dateOfDeath: '2026-05-10',
        placeOfDeath: '医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-C',
      })
    ).body.id as string;
  const items = [
    { code: 'cremation', quantity: 1 },
    { code: 'storage', quantity: 3 },
    { code: 'farewell-hall', quantity: 1 },
  ];

  /** A 低保 benefit from January 2026 for one person, as assistance publishes it. */
  const dibaoFor = (recipient: string): BenefitGrantedV1 => ({
    benefitId: randomUUID(),
    householdId: randomUUID(),
    programme: 'dibao',
    divisionCode: '310104003',
    memberCitizenIds: [recipient],
    monthlyAmount: '1420.00',
    startsOn: '2026-01-01',
  });

  it('waives the basic services for a resident on 低保 (from assistance’s benefit event), and bills others in full', async () => {
    const recipient = newCitizenId(newBirthDate(1940));
    const granted = dibaoFor(recipient);
    await broker.publish(BenefitGranted, [TestBroker.event(BenefitGranted, granted, { subject: granted.benefitId })]);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM funeral.waiver_eligibility WHERE citizen_id = $1`, [recipient]))[0].n,
      (n) => n === 1,
      { what: 'eligibility recorded' },
    );

    const waived = await post(`/api/v1/death-records/${await died(recipient)}/bill`, { items });
    expect(waived.status).toBe(201);
    expect(waived.body).toMatchObject({ total: '1550.00', waived: '750.00', due: '800.00', waiverBasis: `dibao benefit ${granted.benefitId}` });

    const full = await post(`/api/v1/death-records/${await died(newCitizenId(newBirthDate(1941)))}/bill`, { items });
    expect(full.body).toMatchObject({ total: '1550.00', waived: '0.00', due: '1550.00', waiverBasis: null });

    const unknown = await post(`/api/v1/death-records/${await died(newCitizenId(newBirthDate(1942)))}/bill`, { items: [{ code: 'fireworks', quantity: 1 }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('items[0].code');
  });

  it('waives nothing for a death while the benefit is suspended (the waiver follows the dated status)', async () => {
    const recipient = newCitizenId(newBirthDate(1939));
    const granted = dibaoFor(recipient);
    const benefitId = granted.benefitId;
    const suspended: BenefitStatusChangedV1 = {
      benefitId,
      householdId: granted.householdId,
      programme: 'dibao',
      divisionCode: '310104003',
      memberCitizenIds: [recipient],
      effectiveOn: '2026-05-01',
      reason: '复核',
    };
    await broker.publish(BenefitGranted, [TestBroker.event(BenefitGranted, granted, { subject: benefitId })]);
    await broker.publish(BenefitSuspended, [TestBroker.event(BenefitSuspended, suspended, { subject: benefitId })]);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM funeral.waiver_suspension WHERE benefit_id = $1`, [benefitId]))[0].n,
      (n) => n === 1,
      { what: 'suspension recorded' },
    );
    // The death on 10 May falls in the suspension.
    const bill = await post(`/api/v1/death-records/${await died(recipient)}/bill`, { items });
    expect(bill.body).toMatchObject({ total: '1550.00', waived: '0.00', due: '1550.00', waiverBasis: null });
  });

  it('grants the eco-burial subsidy with a sea or tree burial, not with a plot', async () => {
    const cemetery = (await post('/api/v1/cemeteries', { name: `生态园${Date.now()}`, kind: 'public-interest', divisionCode: '310118' })).body.id;
    const tree = (await post(`/api/v1/cemeteries/${cemetery}/zones`, { code: 'T1', burialType: 'tree' })).body;
    const plots = (await post(`/api/v1/cemeteries/${cemetery}/zones`, { code: 'P1', burialType: 'plot' })).body;
    await post(`/api/v1/cemeteries/${cemetery}/zones/${tree.id}/plots`, { plots: [{ number: 'T1-1', areaM2: 0.2 }] });
    await post(`/api/v1/cemeteries/${cemetery}/zones/${plots.id}/plots`, { plots: [{ number: 'P1-1', areaM2: 0.6 }] });
    const listed = (await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemetery}/plots`, token: clerk })).body.items;
    const treePlot = listed.find((p: { number: string }) => p.number === 'T1-1');
    const plainPlot = listed.find((p: { number: string }) => p.number === 'P1-1');
    const treeBurial = await post(`/api/v1/plots/${treePlot.id}/assignment`, { deathRecordId: await died(newCitizenId(newBirthDate(1943))) });
    expect(treeBurial.body).toMatchObject({ ecoSubsidy: '1000.00', useTermEndsOn: null });
    const grave = await post(`/api/v1/plots/${plainPlot.id}/assignment`, { deathRecordId: await died(newCitizenId(newBirthDate(1944))) });
    expect(grave.body.ecoSubsidy).toBeNull();
    // A grave is used for 20 years from the burial (使用年限).
    const assignedOn = BusinessDate.parse(grave.body.assignedOn);
    expect(grave.body.useTermEndsOn).toBe(assignedOn.addMonths(240).toString());

    // The subsidy is applied for by the family, then paid by the district: once each, with the reference.
    const applicant = newCitizenId(newBirthDate(1970));
    const claim = await post(`/api/v1/plots/${treePlot.id}/eco-subsidy-claim`, { applicantName: '王某', applicantCitizenId: applicant });
    expect(claim.status).toBe(201);
    expect(claim.body).toMatchObject({ status: 'applied', amount: '1000.00', applicantName: '王某', paidOn: null });
    expect((await post(`/api/v1/plots/${treePlot.id}/eco-subsidy-claim`, { applicantName: '王某', applicantCitizenId: applicant })).status).toBe(409);
    const noSubsidy = await post(`/api/v1/plots/${plainPlot.id}/eco-subsidy-claim`, { applicantName: '李某', applicantCitizenId: applicant });
    expect(noSubsidy.status).toBe(422);
    expect(noSubsidy.body.type).toBe('urn:civic:problem:eco-subsidy.not-granted');
    const claims = async (status: string) =>
      (await funeral.request({ method: 'GET', url: `/api/v1/eco-subsidy-claims?status=${status}&divisionCode=310118&limit=200`, token: clerk })).body.items.map(
        (c: { plotId: string }) => c.plotId,
      );
    expect(await claims('applied')).toContain(treePlot.id);
    const paid = await post(`/api/v1/plots/${treePlot.id}/eco-subsidy-claim/payment`, { paymentReference: 'BANK-0001' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', paymentReference: 'BANK-0001', paidOn: BusinessDate.today().toString() });
    expect((await post(`/api/v1/plots/${treePlot.id}/eco-subsidy-claim/payment`, { paymentReference: 'BANK-0002' })).status).toBe(409);
    expect(await claims('applied')).not.toContain(treePlot.id);
    expect(await claims('paid')).toContain(treePlot.id);

    // Terms ending soon are listed for the renewal reminder.
    const expiring = async (days: number) =>
      (await funeral.request({ method: 'GET', url: `/api/v1/plots/expiring?withinDays=${days}&divisionCode=310118&limit=200`, token: clerk })).body.items.map(
        (p: { plotId: string }) => p.plotId,
      );
    expect(await expiring(3650)).not.toContain(plainPlot.id);
    await db.query(`UPDATE funeral.plot SET use_term_ends_on = CURRENT_DATE + 30 WHERE id = $1`, [plainPlot.id]);
    expect(await expiring(60)).toContain(plainPlot.id);
    expect(await expiring(10)).not.toContain(plainPlot.id);
  });

  it("bills at the funeral home's prices in force on the service date; prices keep their history and are never backdated", async () => {
    const today = BusinessDate.today().toString();
    const addPrice = (body: object) => post('/api/v1/price-catalogue/cremation/prices', body);
    const backdated = await addPrice({ price: '700.00', funeralHome: '龙华殡仪馆', effectiveFrom: '2026-01-01' });
    expect(backdated.status).toBe(422);
    expect(backdated.body.type).toBe('urn:civic:problem:price.backdated');
    const listed = await addPrice({ price: '620.00', funeralHome: '龙华殡仪馆', effectiveFrom: today });
    expect(listed.status).toBe(201);
    expect(listed.body).toEqual({ funeralHome: '龙华殡仪馆', effectiveFrom: today, price: '620.00' });

    // Services given in May are charged May's (city-wide) price; today's at the home's new one.
    const inMay = await post(`/api/v1/death-records/${await died(newCitizenId(newBirthDate(1943)))}/bill`, {
      items: [{ code: 'cremation', quantity: 1 }],
      serviceDate: '2026-05-11',
    });
    expect(inMay.status).toBe(201);
    expect(inMay.body).toMatchObject({ total: '600.00', serviceDate: '2026-05-11', funeralHome: '龙华殡仪馆' });
    const now = await post(`/api/v1/death-records/${await died(newCitizenId(newBirthDate(1944)))}/bill`, { items: [{ code: 'cremation', quantity: 1 }] });
    expect(now.body).toMatchObject({ total: '620.00', serviceDate: today });
    const beforeDeath = await post(`/api/v1/death-records/${await died(newCitizenId(newBirthDate(1945)))}/bill`, {
      items: [{ code: 'cremation', quantity: 1 }],
      serviceDate: '2026-05-09',
    });
    expect(beforeDeath.status).toBe(422);
    expect(beforeDeath.body.type).toBe('urn:civic:problem:bill.service-date-invalid');

    const catalogue = async (query: string) =>
      (await funeral.request({ method: 'GET', url: `/api/v1/price-catalogue${query}`, token: clerk })).body.find(
        (i: { code: string }) => i.code === 'cremation',
      ).price;
    expect(await catalogue(`?funeralHome=${encodeURIComponent('龙华殡仪馆')}`)).toBe('620.00');
    expect(await catalogue(`?funeralHome=${encodeURIComponent('龙华殡仪馆')}&on=2026-05-11`)).toBe('600.00');
    expect(await catalogue('')).toBe('600.00');
    const history = await funeral.request({ method: 'GET', url: '/api/v1/price-catalogue/cremation/prices', token: clerk });
    expect(history.body.map((p: { funeralHome: string; price: string }) => [p.funeralHome, p.price])).toEqual([
      ['龙华殡仪馆', '620.00'],
      ['*', '600.00'],
    ]);
  });

  it('buries a couple in a double grave (双穴合葬): the spouse joins the first, nobody else and nobody twice', async () => {
    const cemetery = (await post('/api/v1/cemeteries', { name: `合葬园${Date.now()}`, kind: 'public-interest', divisionCode: '310118' })).body.id;
    const zone = (await post(`/api/v1/cemeteries/${cemetery}/zones`, { code: 'D1', burialType: 'plot' })).body;
    const added = await post(`/api/v1/cemeteries/${cemetery}/zones/${zone.id}/plots`, { plots: [{ number: 'D1-1', areaM2: 0.6, double: true }] });
    expect(added.body.added).toBe(1);
    const plot = (await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemetery}/plots`, token: clerk })).body.items[0];
    expect(plot).toMatchObject({ number: 'D1-1', capacity: 2, companionDeathRecordId: null });
    const [husband, wife, stranger] = [
      await died(newCitizenId(newBirthDate(1946))),
      await died(newCitizenId(newBirthDate(1947))),
      await died(newCitizenId(newBirthDate(1948))),
    ];
    expect((await post(`/api/v1/plots/${plot.id}/assignment`, { deathRecordId: husband })).status).toBe(200);
    expect((await post(`/api/v1/plots/${plot.id}/assignment`, { deathRecordId: wife })).status).toBe(409);
    const joined = await post(`/api/v1/plots/${plot.id}/assignment`, { deathRecordId: wife, relationToFirst: 'spouse' });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ deathRecordId: husband, companionDeathRecordId: wife, capacity: 2 });
    expect((await post(`/api/v1/plots/${plot.id}/assignment`, { deathRecordId: stranger, relationToFirst: 'spouse' })).status).toBe(409);
    const tree = (await post(`/api/v1/cemeteries/${cemetery}/zones`, { code: 'T9', burialType: 'tree' })).body;
    const notAGrave = await post(`/api/v1/cemeteries/${cemetery}/zones/${tree.id}/plots`, { plots: [{ number: 'T9-1', areaM2: 0.2, double: true }] });
    expect(notAGrave.status).toBe(422);
  });
});
