import { AdoptionAssessmentCompleted } from '@civic/contracts';
import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { eventually, newCitizenIdOfSex, startTestService, TestBroker, TestService, testToken, waitForConsumers } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { marriageRequest } from './support/marriage-request';
import { service } from '../src/service';

describe('registration: adoptions and registry office appointments', () => {
  const clock = new ControllableClock(new Date('2027-03-01T02:00:00Z'));
  let registration: TestService;
  let clerk: string;
  let broker: TestBroker;
  let db: DataSource;

  beforeAll(async () => {
    registration = await startTestService(AppModule, service, { overrides: [{ provide: CLOCK, useValue: clock }] });
    clerk = await testToken(['registration:*', 'registration:personal-data.read', 'registration:audit.read'], 'registry-clerk', 'marriage-registry');
    broker = new TestBroker('adoption-test');
    db = registration.app.get(DataSource);
    await waitForConsumers(registration);
  }, 90_000);
  afterAll(async () => {
    await broker?.close();
    await registration.close();
  });

  const post = (url: string, body: unknown) => registration.request({ method: 'POST', url, token: clerk, body });
  /** child-welfare's assessment, as it arrives through Kafka. */
  async function assessment(adopters: string[], result: 'positive' | 'negative'): Promise<string> {
    const data = { assessmentId: randomUUID(), adopterCitizenIds: adopters, result, completedOn: '2027-02-01' };
    await broker.publish(AdoptionAssessmentCompleted, [TestBroker.event(AdoptionAssessmentCompleted, data, { subject: data.assessmentId })]);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM registration.adoption_assessment WHERE id = $1`, [data.assessmentId]))[0].n,
      (n) => n === 1,
      { what: 'assessment received' },
    );
    return data.assessmentId;
  }
  const welfareHome = { kind: 'welfare-institution', name: '上海市儿童福利院', consents: true };
  const adopt = (
    adopters: { citizenId: string; children: number }[],
    adoptee: string,
    assessmentId: string,
    consents = false,
    more: { placingParty?: object; exemptionGround?: string } = {},
  ) =>
    post('/api/v1/adoptions', {
      adopters: adopters.map((a) => ({ ...a, name: '收养人' })),
      adoptee: { citizenId: adoptee, name: '被收养人' },
      adopteeConsents: consents,
      assessmentId,
      officeCode: '310104',
      placingParty: welfareHome,
      ...more,
    });

  const marry = async (a: string, b: string) => expect((await post('/api/v1/marriages', marriageRequest(a, b))).status).toBe(201);

  it("applies the Code's exemptions as data and records the placing party's consent (arts. 1097, 1100(2), 1103)", async () => {
    // A single man of 29 with two children: under age and over the children limit.
    const stepfather = newCitizenIdOfSex('male', '19980101');
    const stepson = newCitizenIdOfSex('male', '20200101');
    const assessmentId = await assessment([stepfather], 'positive');
    const plain = await adopt([{ citizenId: stepfather, children: 2 }], stepson, assessmentId);
    expect(plain.status).toBe(422);
    expect(plain.body.type).toBe('urn:civic:problem:adoption.adopter-underage');
    const withoutParents = await adopt([{ citizenId: stepfather, children: 2 }], stepson, assessmentId, false, { exemptionGround: 'step-child' });
    expect(withoutParents.body.type).toBe('urn:civic:problem:adoption.birth-parents-consent-required');
    const unknownGround = await adopt([{ citizenId: stepfather, children: 2 }], stepson, assessmentId, false, { exemptionGround: 'friend-of-family' });
    expect(unknownGround.status).toBe(422);
    expect(unknownGround.body.type).toBe('urn:civic:problem:adoption.exemption-unknown');
    const refused = await adopt([{ citizenId: stepfather, children: 2 }], stepson, assessmentId, false, {
      exemptionGround: 'step-child',
      placingParty: { kind: 'birth-parents', name: '生母张某', consents: false },
    });
    expect(refused.body.type).toBe('urn:civic:problem:adoption.placing-consent-required');
    const stepChild = await adopt([{ citizenId: stepfather, children: 2 }], stepson, assessmentId, false, {
      exemptionGround: 'step-child',
      placingParty: { kind: 'birth-parents', name: '生母张某', consents: true },
    });
    expect(stepChild.status).toBe(201);
    expect(stepChild.body).toMatchObject({ exemptionGround: 'step-child', placingParty: { kind: 'birth-parents', name: '生母张某', consents: true } });
  });

  it('registers an adoption resting on a positive assessment received from child-welfare, and publishes it', async () => {
    const [husband, wife] = [newCitizenIdOfSex('male', '19800101'), newCitizenIdOfSex('female', '19820101')];
    await marry(husband, wife);
    const child = newCitizenIdOfSex('female', '20220101');
    const res = await adopt(
      [
        { citizenId: husband, children: 0 },
        { citizenId: wife, children: 0 },
      ],
      child,
      await assessment([husband, wife], 'positive'),
    );
    expect(res.status).toBe(201);
    expect(res.body.certificateNo).toMatch(/^S310104-2027-\d{6}$/);
    const [event] = await db.query(`SELECT event_type, payload FROM registration.outbox WHERE message_key = $1`, [res.body.id]);
    expect(event).toMatchObject({ event_type: 'registration.adoption.registered.v1', payload: { adoptee: { citizenId: child } } });
    const again = await adopt(
      [
        { citizenId: husband, children: 0 },
        { citizenId: wife, children: 0 },
      ],
      child,
      await assessment([husband, wife], 'positive'),
    );
    expect(again.status).toBe(409);
  });

  it("reads the adopters' marriage from the registry: a married person adopts with the spouse, two adopters are spouses (art. 1101)", async () => {
    const [husband, wife] = [newCitizenIdOfSex('male', '19780101'), newCitizenIdOfSex('female', '19790101')];
    await marry(husband, wife);
    const alone = await adopt([{ citizenId: husband, children: 0 }], newCitizenIdOfSex('male', '20220101'), await assessment([husband], 'positive'));
    expect(alone.status).toBe(422);
    expect(alone.body.type).toBe('urn:civic:problem:adoption.spouse-must-adopt-too');
    const [friendA, friendB] = [newCitizenIdOfSex('male', '19780101'), newCitizenIdOfSex('female', '19790101')];
    const unmarried = await adopt(
      [
        { citizenId: friendA, children: 0 },
        { citizenId: friendB, children: 0 },
      ],
      newCitizenIdOfSex('female', '20220101'),
      await assessment([friendA, friendB], 'positive'),
    );
    expect(unmarried.status).toBe(422);
    expect(unmarried.body.type).toBe('urn:civic:problem:adoption.adopters-not-spouses');
  });

  it.each([
    [
      'a negative assessment',
      async () => {
        const a = newCitizenIdOfSex('male', '19800101');
        return adopt([{ citizenId: a, children: 0 }], newCitizenIdOfSex('male', '20220101'), await assessment([a], 'negative'));
      },
      'adoption.assessment-required',
    ],
    [
      'an assessment of someone else',
      async () =>
        adopt(
          [{ citizenId: newCitizenIdOfSex('male', '19800101'), children: 0 }],
          newCitizenIdOfSex('male', '20220101'),
          await assessment([newCitizenIdOfSex('male', '19790101')], 'positive'),
        ),
      'adoption.assessment-required',
    ],
    [
      'an adopter under 30',
      async () => {
        const a = newCitizenIdOfSex('male', '19970302');
        return adopt([{ citizenId: a, children: 0 }], newCitizenIdOfSex('male', '20220101'), await assessment([a], 'positive'));
      },
      'adoption.adopter-underage',
    ],
    [
      'a child of 10 without consent',
      async () => {
        const a = newCitizenIdOfSex('female', '19800101');
        return adopt([{ citizenId: a, children: 0 }], newCitizenIdOfSex('female', '20160101'), await assessment([a], 'positive'));
      },
      'adoption.consent-required',
    ],
    [
      'a single man and a girl 35 years younger',
      async () => {
        const a = newCitizenIdOfSex('male', '19850101');
        return adopt([{ citizenId: a, children: 0 }], newCitizenIdOfSex('female', '20200101'), await assessment([a], 'positive'));
      },
      'adoption.age-gap',
    ],
  ])('refuses %s (422) and writes nothing', async (_what, attempt, type) => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM registration.adoption`))[0].n;
    const res = await attempt();
    expect(res.status).toBe(422);
    expect(res.body.type).toBe(`urn:civic:problem:${type}`);
    expect((await db.query(`SELECT count(*)::int AS n FROM registration.adoption`))[0].n).toBe(before);
  });

  it('refuses an appointment on a day offices are closed, or beyond the booking horizon (422), and books nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM registration.appointment`))[0].n;
    const attempt = (day: string) =>
      post('/api/v1/appointments', { officeCode: '310104', day, kind: 'marriage', foreignRelated: false, citizenIds: [newCitizenIdOfSex('male', '19900101')] });
    const saturday = await attempt('2027-03-06');
    expect(saturday.status).toBe(422);
    expect(saturday.body.type).toBe('urn:civic:problem:appointment.office-closed');
    const tooFar = await attempt('2027-07-01');
    expect(tooFar.status).toBe(422);
    expect(tooFar.body.type).toBe('urn:civic:problem:appointment.beyond-horizon');
    expect((await db.query(`SELECT count(*)::int AS n FROM registration.appointment`))[0].n).toBe(before);
  });

  it('holds a person to one appointment a day, at whichever office, until it is cancelled', async () => {
    const person = newCitizenIdOfSex('female', '19950101');
    const book = (officeCode: string) =>
      post('/api/v1/appointments', { officeCode, day: '2027-05-21', kind: 'marriage', foreignRelated: false, citizenIds: [person] });
    const first = await book('310104');
    expect(first.status).toBe(201);
    const elsewhere = await book('310115');
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.code).toBe('APPOINTMENT.PERSON_ALREADY_BOOKED');
    expect((await post(`/api/v1/appointments/${first.body.id}/cancellation`, {})).status).toBe(200);
    expect((await book('310115')).status).toBe(201);
    const twice = await post('/api/v1/appointments', {
      officeCode: '310104',
      day: '2027-05-24',
      kind: 'marriage',
      foreignRelated: false,
      citizenIds: [person, person],
    });
    expect(twice.status).toBe(400);
  });

  it('books appointments at any office up to its daily capacity, foreign-related ones only where designated', async () => {
    await db.query(`UPDATE registration.registry_office SET daily_capacity = 3 WHERE code = '310151'`);
    const day = '2027-05-20';
    const book = (officeCode: string, foreignRelated = false) =>
      post('/api/v1/appointments', { officeCode, day, kind: 'marriage', foreignRelated, citizenIds: [newCitizenIdOfSex('male', '19900101')] });
    const results = await Promise.all(Array.from({ length: 8 }, () => book('310151')));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.type === 'urn:civic:problem:appointment.day-full')).toBe(true);
    for (const impossible of ['0000-00-00', '2027-02-30']) {
      const refused = await registration.request({ method: 'GET', url: `/api/v1/registry-offices?day=${impossible}`, token: clerk });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('day');
    }
    const offices = await registration.request({ method: 'GET', url: `/api/v1/registry-offices?day=${day}`, token: clerk });
    expect(offices.body.find((o: { code: string }) => o.code === '310151')).toMatchObject({ dailyCapacity: 3, booked: 3 });

    const cancelled = await post(`/api/v1/appointments/${results.find((r) => r.status === 201)!.body.id}/cancellation`, {});
    expect(cancelled.body.status).toBe('cancelled');
    expect((await book('310151')).status).toBe(201);

    const foreignHere = await book('310104', true);
    expect(foreignHere.status).toBe(422);
    expect(foreignHere.body.type).toBe('urn:civic:problem:appointment.office-not-designated');
    expect((await book('310115', true)).status).toBe(201);
    expect(
      (
        await post('/api/v1/appointments', {
          officeCode: '310104',
          day: '2027-03-01',
          kind: 'marriage',
          foreignRelated: false,
          citizenIds: [newCitizenIdOfSex('male', '19900101')],
        })
      ).status,
    ).toBe(422);
  });
});
