import { AdoptionRegistered, DeathRegistered, DivorceRegistered } from '@civic/contracts';
import { BusinessDate, ControllableClock } from '@civic/domain-kernel';
import { cloudEventHeaders, KafkaGateway } from '@civic/messaging';
import { CLOCK, queryReturning } from '@civic/platform';
import {
  eventually,
  newBirthDate,
  newCitizenId,
  newCitizenIdOfSex,
  newUscc,
  quietLogger,
  seedTestDivisions,
  startTestService,
  TestService,
  testToken,
  waitForConsumers,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seedPayableBenefits } from '../services/assistance/test/support/seed-benefits';
import { marriageRequest } from '../services/registration/test/support/marriage-request';
import { SERVICES } from './services';

/** Life events that cross contexts, through the real broker: a death registered in funeral reaches assistance. */
describe('life events across contexts', () => {
  let funeral: TestService;
  let assistance: TestService;
  let registration: TestService;
  let eldercare: TestService;
  let childWelfare: TestService;
  let community: TestService;
  let charity: TestService;
  let gateway: KafkaGateway;
  let clerk: string;
  let officer: string;
  // Assistance's own decision waits out the 7-day public notice (公示): its clock is the test's.
  const assistanceClock = new ControllableClock(new Date());
  // Charity's counter looks at eligibility on its own day: the test moves it to the benefit's start and end.
  const charityClock = new ControllableClock(new Date());

  beforeAll(async () => {
    funeral = await startTestService(SERVICES.funeral.module, SERVICES.funeral.definition);
    assistance = await startTestService(SERVICES.assistance.module, SERVICES.assistance.definition, {
      overrides: [{ provide: CLOCK, useValue: assistanceClock }],
    });
    registration = await startTestService(SERVICES.registration.module, SERVICES.registration.definition);
    eldercare = await startTestService(SERVICES.eldercare.module, SERVICES.eldercare.definition);
    childWelfare = await startTestService(SERVICES['child-welfare'].module, SERVICES['child-welfare'].definition);
    community = await startTestService(SERVICES.community.module, SERVICES.community.definition);
    charity = await startTestService(SERVICES.charity.module, SERVICES.charity.definition, { overrides: [{ provide: CLOCK, useValue: charityClock }] });
    await seedTestDivisions(funeral, 'funeral');
    await seedTestDivisions(charity, 'charity');
    await seedTestDivisions(assistance, 'assistance');
    await seedTestDivisions(eldercare, 'eldercare');
    await seedTestDivisions(childWelfare, 'child_welfare');
    clerk = await testToken(['funeral:*', 'funeral:personal-data.read'], 'funeral-clerk', 'funeral-home');
    officer = await testToken(['assistance:*', 'assistance:personal-data.read']);
    gateway = new KafkaGateway('life-events-test', process.env.KAFKA_BROKERS!.split(','), quietLogger);
    for (const service of [assistance, registration, eldercare, childWelfare, community, charity]) {
      await waitForConsumers(service);
    }
  }, 120_000);
  afterAll(async () => {
    await gateway.close();
    await Promise.all([
      funeral?.close(),
      assistance?.close(),
      registration?.close(),
      eldercare?.close(),
      childWelfare?.close(),
      community?.close(),
      charity?.close(),
    ]);
  });

  /** A benefit covering `people`, in a household where the first of them is a member. */
  async function benefitCovering(people: string[]): Promise<string> {
    const db = assistance.app.get(DataSource);
    const [id] = await seedPayableBenefits(db, { count: 1, divisions: ['310104003'], startsOn: '2026-01-01' });
    const [{ household_id }] = await queryReturning(
      db.manager,
      `UPDATE assistance.benefit SET member_citizen_ids = $2, recipients = $3 WHERE id = $1 RETURNING household_id`,
      [id, people, people.length],
    );
    await db.query(
      `INSERT INTO assistance.household_member (household_id, citizen_id, name, birth_date, sex, relation, monthly_income_fen, assets_fen, active, position) VALUES ($1, $2, '测试', '1940-01-01', 'male', 'head', 0, 0, true, 0)`,
      [household_id, people[0]],
    );
    return id;
  }
  const benefit = (id: string) => assistance.request({ method: 'GET', url: `/api/v1/benefits/${id}`, token: officer });

  /** The deceased-to-be in a basic-guarantee bed of eldercare, with another elder next in line for it. */
  async function inEldercareBed(deceased: string): Promise<{ bedId: string; next: string; caseworker: string }> {
    const caseworker = await testToken(['eldercare:*', 'eldercare:personal-data.read']);
    const post = (url: string, body: unknown) => eldercare.request({ method: 'POST', url, token: caseworker, body });
    const facility = await post('/api/v1/facilities', {
      name: `生命事件养老院${randomUUID().slice(0, 8)}`,
      kind: 'institution',
      divisionCode: '310104003',
      address: '天平路1号',
      operatorName: '颐养中心',
      operatorUscc: newUscc(),
      licensedCapacity: 10,
      filedOn: '2024-01-01',
    });
    const bedId = (await post(`/api/v1/facilities/${facility.body.id}/beds`, { code: 'LE-1', kind: 'basic-guarantee' })).body.id;
    await post('/api/v1/care-assessments', {
      citizenId: deceased,
      name: '王老伯',
      divisionCode: '310104003',
      level: 6,
      assessedOn: '2026-01-05',
      assessor: '评估中心',
    });
    await post('/api/v1/waiting-list', { citizenId: deceased, name: '王老伯', divisionCode: '310104003' });
    const offer = await post('/api/v1/bed-allocations', { districtCode: '310104', bedId });
    expect((await post(`/api/v1/bed-offers/${offer.body.id}/acceptance`, { admittedOn: '2026-03-01' })).status).toBe(201);
    const next = newCitizenId(newBirthDate(1930));
    const entry = await post('/api/v1/waiting-list', { citizenId: next, name: '李阿婆', divisionCode: '310104003' });
    return { bedId, next: entry.body.id, caseworker };
  }

  /** A child in child welfare whose guardian is the deceased-to-be, in a sub-district with a workstation. */
  async function grandchildOf(guardian: string): Promise<{ childId: string; officer: string }> {
    const director = await testToken(['child-welfare:*', 'child-welfare:personal-data.read']);
    const post = (url: string, body: unknown) => childWelfare.request({ method: 'POST', url, token: director, body });
    const station = await post('/api/v1/workstations', { divisionCode: '310104004', name: '湖南路街道工作站', establishedOn: '2025-06-01' });
    const stationId =
      station.status === 201
        ? station.body.id
        : (await childWelfare.request({ method: 'GET', url: '/api/v1/workstations?divisionCode=310104004', token: director })).body.items[0].id;
    await post(`/api/v1/workstations/${stationId}/staff`, {
      citizenId: newCitizenId(newBirthDate(1980)),
      name: '儿童主任',
      role: 'director',
      phone: '021-64000000',
      appointedOn: '2025-07-01',
    });
    const child = await post('/api/v1/children', {
      citizenId: newCitizenId('20160101'),
      name: '小孙',
      divisionCode: '310104004',
      address: '湖南路 1 号',
      category: 'left-behind',
      registeredOn: '2026-03-01',
    });
    await post(`/api/v1/children/${child.body.id}/guardians`, {
      citizenId: guardian,
      name: '王老伯',
      relation: 'grandparent',
      contact: '13800000000',
      from: '2026-03-01',
    });
    return { childId: child.body.id, officer: director };
  }

  /** A person of the community cloud living in a dwelling of a committee under 310104003, tagged by an officer with `tag`. */
  async function inCommunity(citizenId: string, tag: string): Promise<{ personId: string; officer: string }> {
    const token = await testToken(['community:*', 'community:personal-data.read']);
    const post = (url: string, body: unknown) => community.request({ method: 'POST', url, token, body });
    // Community owns the register: the sub-district and committee exist once, whichever test made them first.
    for (const [code, name] of [
      ['310104003', '天平路街道'],
      ['310104003901', '生命事件居委会'],
    ]) {
      const made = await post('/api/v1/divisions', { code, name, validFrom: '2026-01-01' });
      expect([201, 409]).toContain(made.status);
    }
    const dwelling = await post('/api/v1/dwellings', { committeeCode: '310104003901', address: `天平路 ${randomUUID().slice(0, 8)} 号`, kind: 'apartment' });
    const person = await post('/api/v1/persons', { citizenId, name: '王老伯', dwellingId: dwelling.body.id, movedInOn: '2026-01-01' });
    expect(person.status).toBe(201);
    expect((await post(`/api/v1/persons/${person.body.id}/tags`, { tag, reason: '入户走访核实' })).status).toBe(200);
    return { personId: person.body.id, officer: token };
  }

  /** A volunteer of charity serving with an association, registered under `citizenId`. */
  async function asVolunteer(citizenId: string): Promise<{ volunteerId: string; officer: string }> {
    const token = await testToken(['charity:volunteer.read', 'charity:volunteer.write', 'charity:organisation.write']);
    const post = (url: string, body: unknown) => charity.request({ method: 'POST', url, token, body });
    const volunteer = await post('/api/v1/volunteers', { citizenId, name: '王老伯', divisionCode: '310104003', registeredOn: '2025-01-10' });
    expect(volunteer.status).toBe(201);
    return { volunteerId: volunteer.body.id, officer: token };
  }

  it('an officer tags an elder 独居老人 in community: assistance makes its lead and eldercare plans a visit', async () => {
    const elder = newCitizenId(newBirthDate(1935));
    await inCommunity(elder, 'living-alone-elder');
    const leads = await eventually(
      () => assistance.request({ method: 'GET', url: '/api/v1/leads?divisionCode=310104&limit=200', token: officer }),
      (r) => r.body.items.some((l: { citizenId: string }) => l.citizenId === elder),
      { what: 'a lead for the living-alone elder', timeoutMs: 30_000 },
    );
    expect(leads.body.items.find((l: { citizenId: string }) => l.citizenId === elder)).toMatchObject({ ruleCode: 'living-alone-elder' });
    const caseworker = await testToken(['eldercare:*', 'eldercare:personal-data.read']);
    const visits = await eventually(
      () => eldercare.request({ method: 'GET', url: '/api/v1/visit-tasks?divisionCode=310104&limit=200', token: caseworker }),
      (r) => r.body.items?.some((v: { citizenId: string }) => v.citizenId === elder),
      { what: 'a visit planned for the living-alone elder', timeoutMs: 30_000 },
    );
    expect(visits.body.items.filter((v: { citizenId: string }) => v.citizenId === elder)).toHaveLength(1);
  }, 90_000);

  it('a death stops the benefits covering the person from the next month, makes a lead, frees their eldercare bed for the next in line, opens a re-assessment case for their ward in child welfare, closes their tags in community and their volunteer record in charity; a redelivered death changes nothing twice', async () => {
    // Born 1930-1963: over 60, so eldercare's waiting list takes them.
    const deceased = newCitizenId(newBirthDate(1930));
    const alone = await benefitCovering([deceased]);
    const shared = await benefitCovering([newCitizenId(newBirthDate(1939)), deceased]);
    const care = await inEldercareBed(deceased);
    const ward = await grandchildOf(deceased);
    const resident = await inCommunity(deceased, 'advanced-age');
    const volunteer = await asVolunteer(deceased);

    const death = await funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId: deceased,
        name: '王老伯',
        dateOfDeath: '2026-03-15',
        placeOfDeath: '家中',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-LE-1',
      },
    });
    expect(death.status).toBe(201);

    const ended = await eventually(
      () => benefit(alone),
      (r) => r.body.status === 'terminated',
      { what: 'the benefit of the deceased ended', timeoutMs: 30_000 },
    );
    expect(ended.body).toMatchObject({ endsOn: '2026-03-31' });
    expect(
      (
        await eventually(
          () => benefit(shared),
          (r) => r.body.status === 'suspended',
          { what: 'the shared benefit suspended' },
        )
      ).body.status,
    ).toBe('suspended');
    const leads = await eventually(
      () => assistance.request({ method: 'GET', url: '/api/v1/leads?divisionCode=310104&limit=200', token: officer }),
      (r) => r.body.items.some((l: { citizenId: string }) => l.citizenId === deceased),
      { what: 'a lead for the adviser' },
    );
    expect(leads.body.items.filter((l: { citizenId: string }) => l.citizenId === deceased)).toHaveLength(1);
    // eldercare: the resident discharged as deceased, the bed offered to the next elder in line.
    const nextInLine = await eventually(
      () => eldercare.request({ method: 'GET', url: `/api/v1/waiting-list/${care.next}`, token: care.caseworker }),
      (r) => r.body.status === 'offered',
      { what: 'the freed bed offered to the next elder', timeoutMs: 30_000 },
    );
    expect(nextInLine.body.openOffer.bedId).toBe(care.bedId);

    // child-welfare: the grandchild's guardianship ends and a re-assessment case opens at the workstation.
    const wardCases = await eventually(
      () => childWelfare.request({ method: 'GET', url: `/api/v1/protection-cases?childId=${ward.childId}`, token: ward.officer }),
      (r) => r.body.items?.length === 1,
      { what: 'a re-assessment case for the deceased guardian’s ward', timeoutMs: 30_000 },
    );
    expect(wardCases.body.items[0]).toMatchObject({ source: 'guardian-death', reportedOn: '2026-03-15' });

    // community: the person's tags close and the residence ends.
    const person = await eventually(
      () => community.request({ method: 'GET', url: `/api/v1/persons/${resident.personId}`, token: resident.officer }),
      (r) => r.body.status === 'deceased',
      { what: 'the person of the community cloud deceased', timeoutMs: 30_000 },
    );
    expect(person.body).toMatchObject({ diedOn: '2026-03-15', tags: [], dwellingId: null });

    // charity: the volunteer's record closes on the day of death.
    const closed = await eventually(
      () => charity.request({ method: 'GET', url: `/api/v1/volunteers/${volunteer.volunteerId}`, token: volunteer.officer }),
      (r) => r.body.status === 'closed',
      { what: 'the volunteer record of the deceased closed', timeoutMs: 30_000 },
    );
    expect(closed.body).toMatchObject({ closedOn: '2026-03-15', closedReason: '死亡' });

    // The same event again (same ce_id), then a marker behind it in the same partition.
    const [row] = await funeral.app
      .get(DataSource)
      .query(`SELECT event_id, message_key, payload, headers FROM funeral.outbox WHERE message_key = $1 AND event_type = $2`, [
        death.body.id,
        DeathRegistered.type,
      ]);
    const again = { key: row.message_key, value: JSON.stringify(row.payload), headers: row.headers };
    const markerId = newCitizenId(newBirthDate(1937));
    const marker = {
      id: randomUUID(),
      type: DeathRegistered.type,
      source: '/civic/funeral',
      subject: row.message_key,
      time: new Date().toISOString(),
      data: { deathRecordId: randomUUID(), citizenId: markerId, name: '标记', dateOfDeath: '2026-03-16', divisionCode: '310104003' },
    };
    await gateway.sendBatch([
      {
        topic: DeathRegistered.topic,
        messages: [again, again, { key: row.message_key, value: JSON.stringify(marker.data), headers: cloudEventHeaders(marker) }],
      },
    ]);
    const db = assistance.app.get(DataSource);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM assistance.inbox WHERE event_id = $1`, [marker.id]))[0].n,
      (n) => n >= 2,
      { what: 'the marker was consumed by both consumers' },
    );
    const elderDb = eldercare.app.get(DataSource);
    await eventually(
      async () => (await elderDb.query(`SELECT count(*)::int AS n FROM eldercare.inbox WHERE event_id = $1`, [marker.id]))[0].n,
      (n) => n >= 1,
      { what: 'the marker was consumed by eldercare' },
    );
    const wardDb = childWelfare.app.get(DataSource);
    await eventually(
      async () => (await wardDb.query(`SELECT count(*)::int AS n FROM child_welfare.inbox WHERE event_id = $1`, [marker.id]))[0].n,
      (n) => n >= 1,
      { what: 'the marker was consumed by child-welfare' },
    );
    const communityDb = community.app.get(DataSource);
    await eventually(
      async () => (await communityDb.query(`SELECT count(*)::int AS n FROM community.inbox WHERE event_id = $1`, [marker.id]))[0].n,
      (n) => n >= 1,
      { what: 'the marker was consumed by community' },
    );
    const charityDb = charity.app.get(DataSource);
    await eventually(
      async () => (await charityDb.query(`SELECT count(*)::int AS n FROM charity.inbox WHERE event_id = $1`, [marker.id]))[0].n,
      (n) => n >= 1,
      { what: 'the marker was consumed by charity' },
    );
    expect((await charityDb.query(`SELECT version FROM charity.volunteer WHERE id = $1`, [volunteer.volunteerId]))[0].version).toBe(2);
    const untagged = await communityDb.query(
      `SELECT count(*)::int AS n FROM community.outbox WHERE event_type = 'community.person-tag.untagged.v1' AND message_key = $1`,
      [resident.personId],
    );
    expect(untagged[0].n).toBe(1);
    const wardCaseRows = await wardDb.query(`SELECT count(*)::int AS n FROM child_welfare.protection_case WHERE child_id = $1`, [ward.childId]);
    expect(wardCaseRows[0].n).toBe(1);
    const discharges = await elderDb.query(`SELECT discharge_reason FROM eldercare.residency WHERE citizen_id = $1`, [deceased]);
    expect(discharges).toEqual([{ discharge_reason: 'deceased' }]);
    const offers = await elderDb.query(`SELECT count(*)::int AS n FROM eldercare.bed_offer WHERE bed_id = $1`, [care.bedId]);
    expect(offers[0].n).toBe(2);
    const changes = await db.query(
      `SELECT benefit_id, count(*)::int AS n FROM assistance.benefit_status_change WHERE benefit_id = ANY($1) GROUP BY benefit_id`,
      [[alone, shared]],
    );
    expect(changes.map((c: { n: number }) => c.n)).toEqual([1, 1]);
    const leadRows = await db.query(`SELECT count(*)::int AS n FROM assistance.lead WHERE citizen_id = $1`, [deceased]);
    expect(leadRows[0].n).toBe(1);
    const events = await db.query(
      `SELECT count(*)::int AS n FROM assistance.outbox WHERE event_type = 'assistance.benefit.terminated.v1' AND message_key = $1`,
      [alone],
    );
    expect(events[0].n).toBe(1);
  }, 120_000);

  it('a marriage makes a re-verification lead for a party on assistance; the death of a spouse leaves the other widowed', async () => {
    const [man, woman] = [newCitizenIdOfSex('male', newBirthDate(1950)), newCitizenIdOfSex('female', newBirthDate(1952))];
    await benefitCovering([man]);
    const registrar = await testToken(['registration:*', 'registration:personal-data.read']);
    const marriage = await registration.request({
      method: 'POST',
      url: '/api/v1/marriages',
      token: registrar,
      body: marriageRequest(man, woman),
    });
    expect(marriage.status).toBe(201);
    const leads = await eventually(
      () => assistance.request({ method: 'GET', url: '/api/v1/leads?divisionCode=310104&limit=200', token: officer }),
      (r) => r.body.items.some((l: { citizenId: string; ruleCode: string }) => l.citizenId === man && l.ruleCode === 'marriage-of-household-member'),
      { what: 'a marriage lead', timeoutMs: 30_000 },
    );
    expect(leads.body.items.filter((l: { citizenId: string }) => l.citizenId === woman)).toHaveLength(0); // not on assistance

    await funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId: man,
        name: '甲',
        dateOfDeath: '2026-04-01',
        placeOfDeath: '医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-LE-2',
      },
    });
    const status = await eventually(
      () => registration.request({ method: 'GET', url: `/api/v1/marital-status/${woman}`, token: registrar }),
      (r) => r.body.status === 'widowed',
      { what: 'the spouse widowed', timeoutMs: 30_000 },
    );
    expect(status.body).toMatchObject({ status: 'widowed', marriageId: marriage.body.id, since: '2026-04-01' });
    expect((await registration.request({ method: 'GET', url: `/api/v1/marriages/${marriage.body.id}`, token: registrar })).body).toMatchObject({
      status: 'ended-by-death',
      endedOn: '2026-04-01',
    });
  }, 120_000);

  it('a death during the divorce cooling-off period ends the application: no certificate, the survivor widowed', async () => {
    const [man, woman] = [newCitizenIdOfSex('male', newBirthDate(1960)), newCitizenIdOfSex('female', newBirthDate(1962))];
    const registrar = await testToken(['registration:*', 'registration:personal-data.read']);
    const registrationPost = (url: string, body: unknown) => registration.request({ method: 'POST', url, token: registrar, body });
    const marriage = await registrationPost('/api/v1/marriages', marriageRequest(man, woman));
    const divorce = await registrationPost('/api/v1/divorce-applications', { marriageId: marriage.body.id, partiesAppearedInPerson: true });
    expect(divorce.status).toBe(201);
    const today = BusinessDate.today().toString();
    const death = await funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId: woman,
        name: '乙',
        dateOfDeath: today,
        placeOfDeath: '医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-LE-9',
      },
    });
    expect(death.status).toBe(201);
    const ended = await eventually(
      () => registration.request({ method: 'GET', url: `/api/v1/divorce-applications/${divorce.body.id}`, token: registrar }),
      (r) => r.body.status === 'ended-by-death',
      { what: 'the divorce application ended by death', timeoutMs: 30_000 },
    );
    expect(ended.body.closedOn).toBe(today);
    const certificate = await registrationPost(`/api/v1/divorce-applications/${divorce.body.id}/certificate-requests`, {
      citizenId: man,
      officeCode: '310104',
      appearedInPerson: true,
    });
    expect(certificate.status).toBe(409);
    expect(certificate.body.code).toBe('DIVORCE.CLOSED');
    // The marriage ends in its own consumer group (registration.deaths), which may come a moment later.
    await eventually(
      () => registration.request({ method: 'GET', url: `/api/v1/marital-status/${man}`, token: registrar }),
      (r) => r.body.status === 'widowed',
      { what: 'the survivor widowed', timeoutMs: 30_000 },
    );
  }, 120_000);

  it('a divorce and an adoption (assessed in child welfare, registered in registration) make leads for households on assistance and close the adoptee’s child record, once however often they are delivered', async () => {
    const registrar = await testToken(['registration:*', 'registration:personal-data.read']);
    const [man, woman] = [newCitizenIdOfSex('male', newBirthDate(1960)), newCitizenIdOfSex('female', newBirthDate(1962))];
    await benefitCovering([woman]);
    const married = (
      await registration.request({
        method: 'POST',
        url: '/api/v1/marriages',
        token: registrar,
        body: marriageRequest(man, woman),
      })
    ).body;
    const regDb = registration.app.get(DataSource);
    // The divorce event as registration publishes it after the cooling-off period (its own test drives the clock).
    const divorce = {
      id: randomUUID(),
      type: DivorceRegistered.type,
      source: '/civic/registration',
      subject: married.id,
      time: new Date().toISOString(),
      data: {
        marriageId: married.id,
        partyA: { citizenId: man, name: '甲' },
        partyB: { citizenId: woman, name: '乙' },
        registeredOn: '2027-04-30',
        certificateNo: 'L310104-2027-000001',
      },
    };
    const message = { key: married.id, value: JSON.stringify(divorce.data), headers: cloudEventHeaders(divorce) };
    await gateway.sendBatch([{ topic: DivorceRegistered.topic, messages: [message, message] }]);
    const leadsOf = async (citizenId: string, rule: string) =>
      (await assistance.request({ method: 'GET', url: '/api/v1/leads?divisionCode=310104&limit=200', token: officer })).body.items.filter(
        (l: { citizenId: string; ruleCode: string }) => l.citizenId === citizenId && l.ruleCode === rule,
      );
    await eventually(
      () => leadsOf(woman, 'divorce-of-household-member'),
      (l) => l.length > 0,
      { what: 'a divorce lead', timeoutMs: 30_000 },
    );

    // An adoption registered in registration, on an assessment completed in child-welfare, of a
    // child child-welfare knows: the whole round trip goes through the broker, no event made here.
    const adopter = newCitizenIdOfSex('female', '19750315'); // an adopter must be 30 or older
    await benefitCovering([adopter]);
    const welfare = await testToken(['child-welfare:*', 'child-welfare:personal-data.read']);
    const cw = (url: string, body: unknown) => childWelfare.request({ method: 'POST', url, token: welfare, body });
    const adoptee = newCitizenIdOfSex('female', '20220101');
    const child = await cw('/api/v1/children', {
      citizenId: adoptee,
      name: '丁',
      divisionCode: '310104003',
      address: '儿童福利院',
      category: 'orphan',
      registeredOn: '2026-01-02',
    });
    expect(child.status).toBe(201);
    const applied = await cw('/api/v1/adoption-assessments', {
      adopters: [{ citizenId: adopter, name: '丙' }],
      divisionCode: '310104003',
      appliedOn: '2026-01-03',
    });
    await cw(`/api/v1/adoption-assessments/${applied.body.id}/home-study`, { visitedOn: '2026-01-06', assessor: '收养评估小组', findings: '住房与收入稳定' });
    const completed = await cw(`/api/v1/adoption-assessments/${applied.body.id}/result`, {
      result: 'positive',
      reasons: ['具备抚养教育能力'],
      completedOn: '2026-01-10',
    });
    expect(completed.body).toMatchObject({ status: 'completed', result: 'positive', validUntil: '2027-01-09' });
    await eventually(
      async () => (await regDb.query(`SELECT count(*)::int AS n FROM registration.adoption_assessment WHERE id = $1`, [applied.body.id]))[0].n,
      (n) => n === 1,
      { what: 'the assessment received by registration', timeoutMs: 30_000 },
    );
    const adoption = await registration.request({
      method: 'POST',
      url: '/api/v1/adoptions',
      token: registrar,
      body: {
        adopters: [{ citizenId: adopter, name: '丙', children: 0 }],
        adoptee: { citizenId: adoptee, name: '丁' },
        adopteeConsents: false,
        assessmentId: applied.body.id,
        officeCode: '310104',
        placingParty: { kind: 'welfare-institution', name: '上海市儿童福利院', consents: true },
      },
    });
    expect(adoption.status).toBe(201);
    await eventually(
      () => leadsOf(adopter, 'adoption-into-household'),
      (l) => l.length > 0,
      { what: 'a household-update lead', timeoutMs: 30_000 },
    );
    const closedChild = await eventually(
      () => childWelfare.request({ method: 'GET', url: `/api/v1/children/${child.body.id}`, token: welfare }),
      (r) => r.body.status === 'closed',
      { what: 'the adopted child’s record closed in child-welfare', timeoutMs: 30_000 },
    );
    expect(closedChild.body).toMatchObject({ closedReason: 'adopted' });

    // Redeliver the adoption event twice, with a marker behind it in the same partition.
    const [row] = await regDb.query(`SELECT message_key, payload, headers FROM registration.outbox WHERE message_key = $1 AND event_type = $2`, [
      adoption.body.id,
      AdoptionRegistered.type,
    ]);
    const markerAdopter = newCitizenIdOfSex('male', newBirthDate(1970));
    const marker = {
      id: randomUUID(),
      type: AdoptionRegistered.type,
      source: '/civic/registration',
      subject: row.message_key,
      time: new Date().toISOString(),
      data: { ...row.payload, adoptionId: randomUUID(), adopters: [{ citizenId: markerAdopter, name: '标记' }] },
    };
    await gateway.sendBatch([
      {
        topic: AdoptionRegistered.topic,
        messages: [
          { key: row.message_key, value: JSON.stringify(row.payload), headers: row.headers },
          { key: row.message_key, value: JSON.stringify(row.payload), headers: row.headers },
          { key: row.message_key, value: JSON.stringify(marker.data), headers: cloudEventHeaders(marker) },
        ],
      },
    ]);
    const db = assistance.app.get(DataSource);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM assistance.inbox WHERE event_id = $1`, [marker.id]))[0].n,
      (n) => n >= 1,
      { what: 'the marker consumed' },
    );
    expect(await leadsOf(adopter, 'adoption-into-household')).toHaveLength(1);
    expect(await leadsOf(woman, 'divorce-of-household-member')).toHaveLength(1);
    expect(await leadsOf(man, 'divorce-of-household-member')).toHaveLength(0); // not on assistance
  }, 120_000);

  it('a death registered in error and revoked is undone everywhere: the benefit pays again from the date it stopped, the marriage is current again', async () => {
    const [man, woman] = [newCitizenIdOfSex('male', newBirthDate(1945)), newCitizenIdOfSex('female', newBirthDate(1947))];
    const alone = await benefitCovering([man]);
    const registrar = await testToken(['registration:*', 'registration:personal-data.read']);
    const marriage = await registration.request({
      method: 'POST',
      url: '/api/v1/marriages',
      token: registrar,
      body: marriageRequest(man, woman),
    });
    expect(marriage.status).toBe(201);
    const statusOf = (person: string) => registration.request({ method: 'GET', url: `/api/v1/marital-status/${person}`, token: registrar });
    const death = await funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId: man,
        name: '甲',
        dateOfDeath: '2026-05-10',
        placeOfDeath: '医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-LE-9',
      },
    });
    expect(death.status).toBe(201);
    await eventually(
      () => benefit(alone),
      (r) => r.body.status === 'terminated',
      { what: 'the benefit ended by the death', timeoutMs: 30_000 },
    );
    await eventually(
      () => statusOf(woman),
      (r) => r.body.status === 'widowed',
      { what: 'the spouse widowed', timeoutMs: 30_000 },
    );

    // The hospital reported the wrong person: the record is revoked, and every context undoes the death.
    const revoked = await funeral.request({
      method: 'POST',
      url: `/api/v1/death-records/${death.body.id}/revocation`,
      token: clerk,
      body: { reason: '医院误报, 经核实当事人健在' },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocation: { reason: '医院误报, 经核实当事人健在', revokedBy: 'funeral-clerk' } });
    const restored = await eventually(
      () => benefit(alone),
      (r) => r.body.status === 'active',
      { what: 'the benefit restored', timeoutMs: 30_000 },
    );
    expect(restored.body.endsOn).toBeNull();
    await eventually(
      () => statusOf(woman),
      (r) => r.body.status === 'married',
      { what: 'the spouse married again', timeoutMs: 30_000 },
    );
    expect((await statusOf(man)).body).toMatchObject({ status: 'married', marriageId: marriage.body.id });
    expect((await registration.request({ method: 'GET', url: `/api/v1/marriages/${marriage.body.id}`, token: registrar })).body).toMatchObject({
      status: 'married',
      endedOn: null,
    });
    // A revoked record is final, and no longer stands in the way of registering the person's death.
    const again = await funeral.request({ method: 'POST', url: `/api/v1/death-records/${death.body.id}/revocation`, token: clerk, body: { reason: 'x' } });
    expect(again.status).toBe(409);
  }, 120_000);

  it('a corrected date of death moves what the death did to the new date', async () => {
    const person = newCitizenId(newBirthDate(1936));
    const alone = await benefitCovering([person]);
    const death = await funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId: person,
        name: '丙',
        dateOfDeath: '2026-03-15',
        placeOfDeath: '家中',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-LE-10',
      },
    });
    await eventually(
      () => benefit(alone),
      (r) => r.body.endsOn === '2026-03-31',
      { what: 'ended after March', timeoutMs: 30_000 },
    );
    const corrected = await funeral.request({
      method: 'POST',
      url: `/api/v1/death-records/${death.body.id}/correction`,
      token: clerk,
      body: { dateOfDeath: '2026-04-20', reason: '依死亡医学证明更正' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.corrections).toEqual([
      expect.objectContaining({ reason: '依死亡医学证明更正', changes: { dateOfDeath: { from: '2026-03-15', to: '2026-04-20' } } }),
    ]);
    const moved = await eventually(
      () => benefit(alone),
      (r) => r.body.endsOn === '2026-04-30',
      { what: 'ended after April instead', timeoutMs: 30_000 },
    );
    expect(moved.body.status).toBe('terminated');
  }, 120_000);

  it('a 低保 benefit granted by assistance’s own decision moves the elder ahead in eldercare’s line, tags them 低保户 in community and makes them eligible at charity supermarkets until it ends', async () => {
    const caseworker = await testToken(['eldercare:*', 'eldercare:personal-data.read']);
    const care = (method: string, url: string, body?: unknown) => eldercare.request({ method, url, token: caseworker, body });
    const assist = (url: string, body: unknown) => assistance.request({ method: 'POST', url, token: officer, body });
    // Two elders of one district's line: the first needs more care, so goes first while neither is on assistance.
    const needier = newCitizenId('19350101'); // pinned: the line takes 60 and over
    const poorer = newCitizenId('19350601');
    await care('POST', '/api/v1/care-assessments', {
      citizenId: needier,
      name: '甲',
      divisionCode: '310115001',
      level: 5,
      assessedOn: '2026-01-05',
      assessor: '评估中心',
    });
    const first = (await care('POST', '/api/v1/waiting-list', { citizenId: needier, name: '甲', divisionCode: '310115001' })).body.id;
    const second = (await care('POST', '/api/v1/waiting-list', { citizenId: poorer, name: '乙', divisionCode: '310115001' })).body.id;
    const position = async (id: string) => (await care('GET', `/api/v1/waiting-list/${id}`)).body.position as number;
    const [before1, before2] = [await position(first), await position(second)];
    expect(before2).toBeGreaterThan(before1);
    // The second elder lives in the community cloud, tagged 高龄 by an officer; 低保户 comes from assistance only.
    const resident = await inCommunity(poorer, 'advanced-age');

    // The 低保 application of the second elder's household, decided in assistance after the notice.
    const household = await assist('/api/v1/households', {
      divisionCode: '310104003',
      address: '测试路 9 号',
      members: [{ citizenId: poorer, name: '乙', relation: 'head', monthlyIncome: '300.00', assets: '0.00' }],
    });
    expect(household.status).toBe(201);
    const id = (await assist('/api/v1/applications', { householdId: household.body.id, programme: 'dibao' })).body.id;
    await assist(`/api/v1/applications/${id}/verification-start`, {});
    await assist(`/api/v1/applications/${id}/verification`, {
      members: [{ citizenId: poorer, monthlyIncome: '300.00', assets: '0.00' }],
      note: '核对平台比对',
    });
    expect((await assist(`/api/v1/applications/${id}/community-review`, { recommendation: 'grant', opinion: '民主评议通过' })).body.status).toBe(
      'public-notice',
    );
    assistanceClock.advanceDays(8);
    const granted = await assist(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合低保条件' });
    expect(granted.status).toBe(200);

    const [secondNow, firstNow] = await eventually(
      () => Promise.all([position(second), position(first)]),
      ([p2, p1]) => p2 < p1,
      { what: 'the 低保 elder moved ahead of the elder on no assistance', timeoutMs: 30_000 },
    );
    expect(firstNow).toBe(secondNow + 1);
    const person = await eventually(
      () => community.request({ method: 'GET', url: `/api/v1/persons/${resident.personId}`, token: resident.officer }),
      (r) => r.body.tags?.some((t: { code: string }) => t.code === 'dibao'),
      { what: 'the 低保 elder tagged 低保户 in community', timeoutMs: 30_000 },
    );
    expect(person.body.tags.map((t: { code: string }) => t.code).sort()).toEqual(['advanced-age', 'dibao']);

    // charity: from the benefit's start the household's member shops at the charity supermarket of their district; terminated, no longer.
    const clerk = await testToken(['charity:supermarket.read', 'charity:supermarket.govern', 'charity:personal-data.read']);
    const outlet = await charity.request({
      method: 'POST',
      url: '/api/v1/supermarkets',
      token: clerk,
      body: { name: `徐汇慈善超市${randomUUID().slice(0, 6)}`, divisionCode: '310104003', monthlyAllowance: '100.00' },
    });
    const counter = () => charity.request({ method: 'GET', url: `/api/v1/supermarkets/${outlet.body.id}/customers/${poorer}`, token: clerk });
    const benefitId = granted.body.benefitId as string;
    const startsOn = BusinessDate.parse((await benefit(benefitId)).body.startsOn);
    charityClock.set(new Date(`${startsOn}T04:00:00Z`));
    expect(
      (await eventually(counter, (r) => r.body.eligible === true, { what: 'the 低保 elder eligible at the charity supermarket', timeoutMs: 30_000 })).body,
    ).toMatchObject({ programmes: ['dibao'], remaining: '100.00' });
    const endsOn = startsOn.firstOfMonth().addMonths(1);
    const terminated = await assistance.request({
      method: 'POST',
      url: `/api/v1/benefits/${benefitId}/termination`,
      token: officer,
      body: { effectiveOn: endsOn.toString(), reason: '家庭收入超过标准' },
    });
    expect(terminated.status).toBe(200);
    charityClock.set(new Date(`${endsOn}T04:00:00Z`));
    await eventually(counter, (r) => r.body.eligible === false, { what: 'no longer eligible once the benefit ends', timeoutMs: 30_000 });
  }, 120_000);
});
