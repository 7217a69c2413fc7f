import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newBirthDate, newCitizenIdOfSex, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { DivorceLapseWorker } from '../src/divorce/application/divorce-lapse-worker';
import { AppModule } from '../src/app.module';
import { marriageRequest } from './support/marriage-request';
import { service } from '../src/service';

const person = (birth: string, sex: 'male' | 'female') => newCitizenIdOfSex(sex, birth);

describe('registration: marriage and divorce by agreement', () => {
  const clock = new ControllableClock(new Date('2027-03-01T02:00:00Z'));
  let registration: TestService;
  let clerk: string;
  let db: DataSource;

  beforeAll(async () => {
    registration = await startTestService(AppModule, service, { overrides: [{ provide: CLOCK, useValue: clock }] });
    clerk = await testToken(['registration:*', 'registration:personal-data.read', 'registration:audit.read'], 'registry-clerk', 'marriage-registry');
    db = registration.app.get(DataSource);
  });
  afterAll(() => registration.close());
  beforeEach(() => clock.set(new Date('2027-03-01T02:00:00Z')));

  const post = (url: string, body: unknown) => registration.request({ method: 'POST', url, token: clerk, body });
  // New people are unknown to the registry: the clerk confirms their declarations of having no spouse.
  const marry = (a: string, b: string, declared = true, confirmed = true) =>
    post('/api/v1/marriages', marriageRequest(a, b, { declaredNoProhibitedKinship: declared, noSpouseDeclarationsConfirmed: confirmed }));
  const statusOf = async (id: string) => (await registration.request({ method: 'GET', url: `/api/v1/marital-status/${id}`, token: clerk })).body.status;
  const count = async () => (await db.query(`SELECT count(*)::int AS n FROM registration.marriage`))[0].n;

  it('registers a marriage with certificates, statuses and an event, and re-issues a lost certificate', async () => {
    const [man, woman] = [person('19950101', 'male'), person('19980101', 'female')];
    const res = await marry(man, woman);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'married', registeredOn: '2027-03-01', officeCode: '310104' });
    expect(res.body.certificates).toHaveLength(2);
    expect(res.body.certificates[0].number).toMatch(/^J310104-2027-\d{6}$/);
    expect(await statusOf(man)).toBe('married');
    const [event] = await db.query(`SELECT event_type, payload FROM registration.outbox WHERE message_key = $1`, [res.body.id]);
    expect(event).toMatchObject({ event_type: 'registration.marriage.registered.v1', payload: { partyA: { citizenId: man }, partyB: { citizenId: woman } } });

    const reissued = await post(`/api/v1/marriages/${res.body.id}/certificate-reissue`, { holderCitizenId: woman, reason: '遗失', officeCode: '310115' });
    expect(reissued.status).toBe(201);
    const after = await registration.request({ method: 'GET', url: `/api/v1/marriages/${res.body.id}`, token: clerk });
    expect(after.body.certificates.filter((c: { voidedOn: string | null }) => c.voidedOn === null)).toHaveLength(2);
    expect(after.body.certificates.find((c: { number: string }) => c.number === reissued.body.certificateNo)).toBeDefined();
  });

  it.each([
    ['an underage man', () => [person('20050302', 'male'), person('19980101', 'female')], 422, 'marriage.underage', 'partyA.citizenId'],
    ['an underage woman', () => [person('19950101', 'male'), person('20070302', 'female')], 422, 'marriage.underage', 'partyB.citizenId'],
  ])('refuses %s, naming the rule, and writes nothing', async (_what, parties, status, type, field) => {
    const before = await count();
    const [a, b] = parties();
    const res = await marry(a, b);
    expect(res.status).toBe(status);
    expect(res.body.type).toBe(`urn:civic:problem:${type}`);
    expect(res.body.errors[0].field).toBe(field);
    expect(await count()).toBe(before);
  });

  it('reads a citizen ID in a path by the same rule as in a body: padded is 400, a bad check digit 422', async () => {
    const id = newCitizenIdOfSex('male', newBirthDate(1990));
    const padded = await registration.request({ method: 'GET', url: `/api/v1/marital-status/${encodeURIComponent(` ${id}`)}`, token: clerk });
    expect(padded.status).toBe(400);
    expect(padded.body.errors[0].field).toBe('citizenId');
    const wrongCheck = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
    expect((await registration.request({ method: 'GET', url: `/api/v1/marital-status/${wrongCheck}`, token: clerk })).status).toBe(422);
    expect((await registration.request({ method: 'GET', url: `/api/v1/marital-status/${id}`, token: clerk })).status).toBe(200);
    // A look-up of a person's marital status is audited, whoever asks.
    const looked = await db.query(`SELECT actor_subject, details FROM registration.audit_log WHERE action = 'personal-data.read' AND path = $1`, [
      `/api/v1/marital-status/${id}`,
    ]);
    expect(looked).toEqual([{ actor_subject: 'registry-clerk', details: { revealed: ['marital status', 'unmasked citizen IDs'], query: null } }]);
  });

  it("knows nobody it has no record of: unknown, not unmarried; such a party marries on the clerk's confirmed declaration", async () => {
    const [man, woman] = [person('19900101', 'male'), person('19920101', 'female')];
    expect(await statusOf(man)).toBe('unknown');
    const before = await count();
    const unconfirmed = await marry(man, woman, true, false);
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.type).toBe('urn:civic:problem:marriage.status-unknown');
    expect(unconfirmed.body.errors[0].field).toBe('noSpouseDeclarationsConfirmed');
    expect(await count()).toBe(before);
    const confirmed = await marry(man, woman);
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ declarationsConfirmedBy: 'registry-clerk', importedFrom: null });
  });

  it('registers only with both parties present (art. 1049), recorded, and links the appointment it was booked under', async () => {
    const [man, woman] = [person('19910101', 'male'), person('19930101', 'female')];
    const absent = await post('/api/v1/marriages', marriageRequest(man, woman, { partiesAppearedInPerson: false }));
    expect(absent.status).toBe(422);
    expect(absent.body.type).toBe('urn:civic:problem:registration.not-in-person');
    // Booked yesterday for today (Monday 1 March 2027), at 310104, by both.
    clock.set(new Date('2027-02-26T02:00:00Z'));
    const booked = await post('/api/v1/appointments', {
      officeCode: '310104',
      day: '2027-03-01',
      kind: 'marriage',
      foreignRelated: false,
      citizenIds: [man, woman],
    });
    expect(booked.status).toBe(201);
    clock.set(new Date('2027-03-01T02:00:00Z'));
    const elsewhere = await post('/api/v1/marriages', marriageRequest(man, woman, { officeCode: '310115', appointmentId: booked.body.id }));
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.type).toBe('urn:civic:problem:appointment.not-for-this-registration');
    const registered = await post('/api/v1/marriages', marriageRequest(man, woman, { appointmentId: booked.body.id }));
    expect(registered.status).toBe(201);
    expect(registered.body.inPersonVerifiedBy).toBe('registry-clerk');
    const [appointment] = await db.query(`SELECT status, registration_id FROM registration.appointment WHERE id = $1`, [booked.body.id]);
    expect(appointment).toEqual({ status: 'attended', registration_id: registered.body.id });

    // Divorce: applied for together in person, each certificate collected in person.
    const notTogether = await post('/api/v1/divorce-applications', { marriageId: registered.body.id, partiesAppearedInPerson: false });
    expect(notTogether.status).toBe(422);
    const applied = await post('/api/v1/divorce-applications', { marriageId: registered.body.id, partiesAppearedInPerson: true });
    expect(applied.body.inPersonVerifiedBy).toBe('registry-clerk');
    clock.set(new Date('2027-04-06T02:00:00Z'));
    const byProxy = await post(`/api/v1/divorce-applications/${applied.body.id}/certificate-requests`, {
      citizenId: man,
      officeCode: '310104',
      appearedInPerson: false,
    });
    expect(byProxy.status).toBe(422);
    expect(byProxy.body.type).toBe('urn:civic:problem:registration.not-in-person');
  });

  it('imports marriages registered before the platform, so the bigamy check and divorce see them; each record once, contradictions reported', async () => {
    const [a, b, c, d, e, f, g] = [
      person('19800101', 'male'),
      person('19820101', 'female'),
      person('19700101', 'male'),
      person('19720101', 'female'),
      person('19600101', 'male'),
      person('19620101', 'female'),
      person('19850101', 'female'),
    ];
    const record = (id: string, x: string, y: string, more: object) => ({
      sourceRecordId: id,
      partyA: { citizenId: x, name: '甲' },
      partyB: { citizenId: y, name: '乙' },
      registeredOn: '2010-05-20',
      officeCode: '310104',
      ...more,
    });
    const importing = (records: object[]) =>
      registration.request({ method: 'POST', url: '/api/v1/prior-marriage-imports', token: importer, body: { source: 'mca-marriage-registry', records } });
    const importer = await testToken(['registration:marriage.import', 'registration:marriage.read']);
    const first = await importing([
      record('R1', a, b, { status: 'married' }),
      record('R2', c, d, { status: 'divorced', endedOn: '2015-03-01' }),
      record('R3', e, f, { status: 'ended-by-death', endedOn: '2020-01-02', deceasedCitizenId: f }),
      record('R4', g, a, { status: 'married' }),
      record('R5', c, g, { status: 'divorced', endedOn: '2009-01-01' }),
    ]);
    expect(first.status).toBe(200);
    expect(first.body.imported.map((i: { sourceRecordId: string }) => i.sourceRecordId)).toEqual(['R1', 'R2', 'R3']);
    expect(first.body.rejected).toEqual([
      expect.objectContaining({ index: 3, sourceRecordId: 'R4', code: 'PRIOR_MARRIAGE.CONTRADICTED' }),
      expect.objectContaining({ index: 4, sourceRecordId: 'R5', code: 'PRIOR_MARRIAGE.INVALID' }),
    ]);
    expect([await statusOf(a), await statusOf(c), await statusOf(e), await statusOf(f)]).toEqual(['married', 'divorced', 'widowed', 'deceased']);
    const again = await importing([record('R1', a, b, { status: 'married' })]);
    expect(again.body).toEqual({ imported: [], alreadyImported: ['R1'], rejected: [] });

    // The bigamy check sees the imported marriage; the divorced party may marry again.
    const bigamy = await marry(a, g);
    expect(bigamy.status).toBe(409);
    expect(bigamy.body.type).toBe('urn:civic:problem:marriage.party-married');
    expect((await marry(c, g)).status).toBe(201);
    // Divorce sees it too.
    const marriageId = first.body.imported[0].marriageId;
    const imported = await registration.request({ method: 'GET', url: `/api/v1/marriages/${marriageId}`, token: clerk });
    expect(imported.body).toMatchObject({
      status: 'married',
      registeredOn: '2010-05-20',
      importedFrom: { source: 'mca-marriage-registry', recordId: 'R1' },
      certificates: [],
    });
    const divorce = await post('/api/v1/divorce-applications', { marriageId, partiesAppearedInPerson: true });
    expect(divorce.status).toBe(201);
    // Structurally bad input refuses the whole batch and imports nothing.
    const before = await count();
    const bad = await importing([record('R9', a, b, { status: 'remarried' })]);
    expect(bad.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses a marriage with a party missing (400 naming it), never a server error', async () => {
    const before = await count();
    const res = await post('/api/v1/marriages', {
      partyA: { citizenId: person('19900101', 'male'), name: '甲' },
      officeCode: '310104',
      declaredNoProhibitedKinship: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('partyB');
    expect(await count()).toBe(before);
  });

  it('lets a man born on 29 February marry on 28 February of the year he turns 22, not a day before (Civil Code arts. 203, 1047)', async () => {
    const leapling = person('20040229', 'male');
    clock.set(new Date('2026-02-27T02:00:00Z'));
    const early = await marry(leapling, person('20000101', 'female'));
    expect(early.status).toBe(422);
    expect(early.body.type).toBe('urn:civic:problem:marriage.underage');
    clock.set(new Date('2026-02-28T02:00:00Z'));
    expect((await marry(leapling, person('20000101', 'female'))).status).toBe(201);
  });

  it('ends the cooling-off period on the first working day after a holiday (Civil Code art. 203)', async () => {
    clock.set(new Date('2026-09-01T02:00:00Z'));
    const married = await marry(person('19900101', 'male'), person('19920101', 'female'));
    const applied = await post('/api/v1/divorce-applications', { marriageId: married.body.id, partiesAppearedInPerson: true });
    expect(applied.status).toBe(201);
    // 30 days from 1 September end on 1 October, inside the National Day holiday (1-7 October 2026).
    expect(applied.body).toMatchObject({ appliedOn: '2026-09-01', coolingOffEnds: '2026-10-08', certificateDeadline: '2026-11-09' });
  });

  it('refuses a party already married and a marriage without the kinship declaration', async () => {
    const [man, woman, other] = [person('19900101', 'male'), person('19920101', 'female'), person('19930101', 'female')];
    expect((await marry(man, woman)).status).toBe(201);
    const bigamy = await marry(man, other);
    expect(bigamy.status).toBe(409);
    expect(bigamy.body.type).toBe('urn:civic:problem:marriage.party-married');
    const undeclared = await marry(person('19900101', 'male'), person('19920101', 'female'), false);
    expect(undeclared.status).toBe(422);
    expect(undeclared.body.type).toBe('urn:civic:problem:marriage.prohibited-kinship');
  });

  it('divorces by agreement only after the 30-day cooling-off period, when both ask within the next 30 days', async () => {
    const [man, woman] = [person('19880101', 'male'), person('19890101', 'female')];
    const marriage = (await marry(man, woman)).body;
    const applied = await post('/api/v1/divorce-applications', { marriageId: marriage.id, partiesAppearedInPerson: true });
    expect(applied.body).toMatchObject({ status: 'cooling-off', appliedOn: '2027-03-01', coolingOffEnds: '2027-03-31', certificateDeadline: '2027-04-30' });
    expect((await post('/api/v1/divorce-applications', { marriageId: marriage.id, partiesAppearedInPerson: true })).status).toBe(409);

    clock.advanceDays(12);
    const day12 = await post(`/api/v1/divorce-applications/${applied.body.id}/certificate-requests`, {
      citizenId: man,
      officeCode: '310104',
      appearedInPerson: true,
    });
    expect(day12.status).toBe(409);
    expect(day12.body.type).toBe('urn:civic:problem:divorce.in-cooling-off');

    clock.advanceDays(20); // day 32
    expect((await post(`/api/v1/divorce-applications/${applied.body.id}/withdrawal`, { citizenId: woman })).status).toBe(409);
    const first = await post(`/api/v1/divorce-applications/${applied.body.id}/certificate-requests`, {
      citizenId: man,
      officeCode: '310104',
      appearedInPerson: true,
    });
    expect(first.body).toMatchObject({ status: 'cooling-off', certificateRequests: 1 });
    expect(await statusOf(man)).toBe('married');
    const second = await post(`/api/v1/divorce-applications/${applied.body.id}/certificate-requests`, {
      citizenId: woman,
      officeCode: '310104',
      appearedInPerson: true,
    });
    expect(second.body).toMatchObject({ status: 'divorced' });
    expect(second.body.certificates[0]).toMatch(/^L310104-2027-/);
    expect(await statusOf(man)).toBe('divorced');
    expect(await statusOf(woman)).toBe('divorced');
    const events = await db.query(`SELECT event_type FROM registration.outbox WHERE message_key = $1 ORDER BY id`, [marriage.id]);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['registration.marriage.registered.v1', 'registration.marriage.divorced.v1']);
  });

  it('lets either party withdraw during the cooling-off period, and lapses an application nobody completed (safe to run twice)', async () => {
    const couple1 = (await marry(person('19850101', 'male'), person('19860101', 'female'))).body;
    const withdrawn = (await post('/api/v1/divorce-applications', { marriageId: couple1.id, partiesAppearedInPerson: true })).body;
    clock.advanceDays(10);
    const w = await post(`/api/v1/divorce-applications/${withdrawn.id}/withdrawal`, { citizenId: couple1.partyB.citizenId });
    expect(w.body.status).toBe('withdrawn');

    const man = person('19840101', 'male');
    const couple2 = (await marry(man, person('19840101', 'female'))).body;
    const lapsing = (await post('/api/v1/divorce-applications', { marriageId: couple2.id, partiesAppearedInPerson: true })).body;
    await post(`/api/v1/divorce-applications/${lapsing.id}/certificate-requests`, { citizenId: man, officeCode: '310104', appearedInPerson: true }).catch(
      () => undefined,
    );
    // Applied 11 March 2027: the cooling-off period ends Monday 12 April (the 10th is a Saturday), the
    // certificate window on 12 May. The day before the window closes nothing lapses; after it, it does.
    clock.advanceDays(61);
    expect((await registration.request({ method: 'GET', url: `/api/v1/divorce-applications/${lapsing.id}`, token: clerk })).body.certificateDeadline).toBe(
      '2027-05-12',
    );
    await post('/api/v1/divorce-lapse-runs', {});
    expect((await registration.request({ method: 'GET', url: `/api/v1/divorce-applications/${lapsing.id}`, token: clerk })).body.status).toBe('cooling-off');
    clock.advanceDays(2);
    // The hourly job this time: what it lapses is in the audit log as its own work.
    await registration.app.get(DivorceLapseWorker).wake('divorce-lapse');
    const [audited] = await registration.app
      .get(DataSource)
      .query(`SELECT actor_subject, method, details FROM registration.audit_log WHERE action = 'divorce.lapse' ORDER BY id DESC LIMIT 1`);
    expect(audited).toMatchObject({ actor_subject: 'system:divorce-lapse', method: 'JOB', details: { lapsed: expect.any(Number) } });
    expect(audited.details.lapsed).toBeGreaterThanOrEqual(1);
    expect((await registration.request({ method: 'GET', url: `/api/v1/divorce-applications/${lapsing.id}`, token: clerk })).body.status).toBe('lapsed');
    expect((await post('/api/v1/divorce-lapse-runs', {})).body.lapsed).toBe(0);
    expect(await statusOf(man)).toBe('married');
  });
});
