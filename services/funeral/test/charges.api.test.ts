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
    clerk = await testToken(['funeral:*']);
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
    expect((await post(`/api/v1/plots/${treePlot.id}/assignment`, { deathRecordId: await died(newCitizenId(newBirthDate(1943))) })).body.ecoSubsidy).toBe(
      '1000.00',
    );
    expect(
      (await post(`/api/v1/plots/${plainPlot.id}/assignment`, { deathRecordId: await died(newCitizenId(newBirthDate(1944))) })).body.ecoSubsidy,
    ).toBeNull();
  });
});
