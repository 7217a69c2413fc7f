import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, newUscc, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { OfferExpiryWorker } from '../src/waiting-list/application/offer-expiry-worker';

/** 保基本养老床位轮候 on a database of its own: the line of 310104 holds only this file's elders and beds. */
describe('eldercare basic-guarantee waiting list (保基本床位轮候)', () => {
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  let facilityId: string;

  beforeAll(async () => {
    restore = await useFreshDatabase('eldercare', 'civic_waiting_list');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken([
      'eldercare:facility.write',
      'eldercare:bed.read',
      'eldercare:bed.write',
      'eldercare:resident.read',
      'eldercare:resident.discharge',
      'eldercare:assessment.write',
      'eldercare:waiting-list.read',
      'eldercare:waiting-list.apply',
      'eldercare:waiting-list.allocate',
      'eldercare:personal-data.read',
    ]);
    db = app.app.get(DataSource);
    facilityId = (
      await post('/api/v1/facilities', {
        name: '徐汇区保基本养老院',
        kind: 'institution',
        divisionCode: '310104003',
        address: '天平路100号',
        operatorName: '徐汇颐养服务中心',
        operatorUscc: newUscc(),
        licensedCapacity: 500,
        filedOn: '2024-03-01',
      })
    ).body.id;
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });
  beforeEach(() => clock.set(new Date('2026-06-01T02:00:00Z')));

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string) => app.request({ method: 'GET', url, token: officer });
  const bed = async () =>
    (await post(`/api/v1/facilities/${facilityId}/beds`, { code: `G-${Math.random().toString(36).slice(2, 8)}`, kind: 'basic-guarantee' })).body.id as string;
  const elder = async (birth: string, careLevel?: number) => {
    const citizenId = newCitizenId(birth);
    if (careLevel !== undefined) {
      await post('/api/v1/care-assessments', {
        citizenId,
        name: '老人',
        divisionCode: '310104003',
        level: careLevel,
        assessedOn: '2026-05-01',
        assessor: '评估中心',
      });
    }
    const res = await post('/api/v1/waiting-list', { citizenId, name: '老人', divisionCode: '310104003' });
    expect(res.status).toBe(201);
    clock.set(new Date(clock.now().getTime() + 60_000)); // each applies a minute after the last
    return res.body.id as string;
  };
  const allocate = (body: object = {}) => post('/api/v1/bed-allocations', { districtCode: '310104', ...body });
  /** Empties the line and the beds, so each test starts from a district with nothing in it. */
  const clear = async () => {
    await db.query(`UPDATE eldercare.bed_offer SET status = 'withdrawn' WHERE status = 'open'`);
    await db.query(`UPDATE eldercare.waiting_entry SET status = 'closed', closed_reason = 'test reset' WHERE status IN ('waiting', 'offered')`);
    await db.query(`UPDATE eldercare.residency SET discharged_on = admitted_on, discharge_reason = 'left' WHERE discharged_on IS NULL`);
    await db.query(`UPDATE eldercare.bed SET status = 'withdrawn', withdrawn_reason = 'test reset' WHERE status = 'in-service'`);
  };
  beforeEach(clear);
  const position = async (id: string) => (await get(`/api/v1/waiting-list/${id}`)).body.position;

  it('orders the line by care level, then age, then waiting time, and shows each elder their position', async () => {
    const plain = await elder('19500101');
    const high = await elder('19550101', 5);
    const older = await elder('19400101', 2);
    const younger = await elder('19480101', 2);
    expect([await position(high), await position(older), await position(younger), await position(plain)]).toEqual([1, 2, 3, 4]);
    const line = await get('/api/v1/waiting-list?divisionCode=310104&status=waiting');
    expect(line.body.items.map((e: { id: string }) => e.id)).toEqual([high, older, younger, plain]);
  });

  it('offers a vacant bed to the first in line, publishes the allocation, and admits on acceptance', async () => {
    const bedId = await bed();
    const first = await elder('19400101', 4);
    const second = await elder('19450101', 1);
    const offered = await allocate();
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({ entryId: first, bedId, status: 'open', offeredOn: '2026-06-01', expiresOn: '2026-06-08', skipReason: null });
    const [event] = await db.query(`SELECT payload FROM eldercare.outbox WHERE event_type = 'eldercare.bed.allocated.v1' AND payload->>'offerId' = $1`, [
      offered.body.id,
    ]);
    expect(event.payload).toMatchObject({ bedId, waitingEntryId: first });
    expect(await position(second)).toBe(1);
    expect((await get(`/api/v1/waiting-list/${first}`)).body).toMatchObject({ status: 'offered', position: null, openOffer: { id: offered.body.id } });

    clock.set(new Date('2026-06-03T02:00:00Z'));
    const accepted = await post(`/api/v1/bed-offers/${offered.body.id}/acceptance`, { admittedOn: '2026-06-03' });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ bedId, offerId: offered.body.id, bedKind: 'basic-guarantee' });
    expect((await get(`/api/v1/waiting-list/${first}`)).body.status).toBe('admitted');
    expect((await get(`/api/v1/beds/${bedId}`)).body.occupant.residencyId).toBe(accepted.body.id);
  });

  it('puts a declining elder back in line at their place and offers the bed to the next elder at once', async () => {
    const bedId = await bed();
    const first = await elder('19400101', 6);
    const second = await elder('19450101', 1);
    const offer = (await allocate()).body;
    const declined = await post(`/api/v1/bed-offers/${offer.id}/decline`, { reason: '离家太远' });
    expect(declined.body).toMatchObject({ status: 'declined', reason: '离家太远' });
    expect((await get(`/api/v1/waiting-list/${first}`)).body).toMatchObject({ status: 'waiting', declines: 1, position: 1 });
    // The declined bed goes to the next elder, not back to the one who declined it.
    expect((await get(`/api/v1/waiting-list/${second}`)).body).toMatchObject({ status: 'offered', openOffer: { bedId } });
    const released = await db.query(`SELECT payload FROM eldercare.outbox WHERE event_type = 'eldercare.bed.released.v1' AND payload->>'bedId' = $1`, [bedId]);
    expect(released.map((r: { payload: { reason: string } }) => r.payload.reason)).toEqual(['offer-declined']);
  });

  it('drops an elder after the policy’s number of declines', async () => {
    const only = await elder('19400101', 3);
    for (let i = 0; i < 3; i += 1) {
      await bed();
      await post(`/api/v1/bed-offers/${(await allocate()).body.id}/decline`, { reason: '暂不入住' });
    }
    expect((await get(`/api/v1/waiting-list/${only}`)).body).toMatchObject({ status: 'dropped', declines: 3, position: null });
  });

  it('never passes over a higher-priority elder without a recorded reason', async () => {
    await bed();
    await elder('19400101', 6);
    const later = await elder('19500101', 1);
    const refused = await allocate({ entryId: later });
    expect([refused.status, refused.body.type]).toEqual([422, 'urn:civic:problem:waiting-list.skip-needs-reason']);
    expect(Number((await db.query(`SELECT count(*) FROM eldercare.bed_offer WHERE status = 'open'`))[0].count)).toBe(0);
    const passed = await allocate({ entryId: later, skipReason: '首位老人住院中, 暂不能入住' });
    expect(passed.body).toMatchObject({ entryId: later, skipReason: '首位老人住院中, 暂不能入住' });
  });

  it('allocates many beds at once with no bed offered twice, no elder offered twice, and no one skipped', async () => {
    const beds = await Promise.all(Array.from({ length: 6 }, () => bed()));
    const elders: string[] = [];
    for (const [i, level] of [6, 5, 5, 4, 4, 3, 3, 2, 1, 0].entries()) elders.push(await elder(`194${i}0101`, level));
    const results = await Promise.all(beds.map(() => allocate()));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((r) => r.body.bedId)).size).toBe(6);
    expect(new Set(results.map((r) => r.body.entryId))).toEqual(new Set(elders.slice(0, 6)));
    expect((await allocate()).body.type).toBe('urn:civic:problem:waiting-list.no-vacant-bed');
  });

  it('lapses an unanswered offer after the policy’s days, counts it as a decline and offers the bed on', async () => {
    const bedId = await bed();
    const first = await elder('19400101', 6);
    const second = await elder('19450101', 1);
    const offer = (await allocate()).body;
    clock.set(new Date('2026-06-09T02:00:00Z'));
    await app.app.get(OfferExpiryWorker).wake('offer-expiry');
    expect((await get(`/api/v1/bed-offers/${offer.id}`)).body).toMatchObject({ status: 'expired', decidedOn: '2026-06-09' });
    expect((await get(`/api/v1/waiting-list/${first}`)).body).toMatchObject({ status: 'waiting', declines: 1 });
    expect((await get(`/api/v1/waiting-list/${second}`)).body.openOffer).toMatchObject({ bedId, offeredOn: '2026-06-09' });
  });

  it('offers a basic-guarantee bed to the next elder as soon as its resident is discharged', async () => {
    const bedId = await bed();
    await elder('19400101', 6);
    const next = await elder('19450101', 1);
    const residency = (await post(`/api/v1/bed-offers/${(await allocate()).body.id}/acceptance`, { admittedOn: '2026-06-01' })).body;
    expect((await get(`/api/v1/waiting-list/${next}`)).body.status).toBe('waiting');
    await post(`/api/v1/residents/${residency.id}/discharge`, { dischargedOn: '2026-06-01', reason: 'left' });
    expect((await get(`/api/v1/waiting-list/${next}`)).body.openOffer).toMatchObject({ bedId });
  });

  it.each([
    ['an elder under 60', () => newCitizenId('19900101'), '310104003', 422, 'waiting-list.too-young'],
    ['an unknown division', () => newCitizenId('19400101'), '310104777', 422, 'division.unknown'],
  ])('refuses %s and writes nothing', async (_what, id, divisionCode, status, type) => {
    const before = Number((await db.query(`SELECT count(*) FROM eldercare.waiting_entry`))[0].count);
    const res = await post('/api/v1/waiting-list', { citizenId: id(), name: '老人', divisionCode });
    expect([res.status, res.body.type]).toEqual([status, `urn:civic:problem:${type}`]);
    expect(Number((await db.query(`SELECT count(*) FROM eldercare.waiting_entry`))[0].count)).toBe(before);
  });

  it('refuses a second place in line for the same elder, and an allocation with no one waiting', async () => {
    const citizenId = newCitizenId('19400101');
    expect((await post('/api/v1/waiting-list', { citizenId, name: '老人', divisionCode: '310104003' })).status).toBe(201);
    const twice = await post('/api/v1/waiting-list', { citizenId, name: '老人', divisionCode: '310104004' });
    expect([twice.status, twice.body.type]).toEqual([409, 'urn:civic:problem:waiting-list.already-in-line']);
    // Once admitted into a basic-guarantee bed, the elder does not join the line again.
    await bed();
    await post(`/api/v1/bed-offers/${(await allocate()).body.id}/acceptance`, { admittedOn: '2026-06-01' });
    const housed = await post('/api/v1/waiting-list', { citizenId, name: '老人', divisionCode: '310104003' });
    expect([housed.status, housed.body.type]).toEqual([409, 'urn:civic:problem:waiting-list.has-basic-bed']);
    await clear();
    await bed();
    const none = await allocate();
    expect([none.status, none.body.type]).toEqual([409, 'urn:civic:problem:waiting-list.empty']);
  });

  it('takes the rules of the line as city data and re-orders everyone waiting at once', async () => {
    const policyMaker = await testToken(['eldercare:waiting-list.read', 'eldercare:waiting-list.policy']);
    const put = (body: object) => app.request({ method: 'PUT', url: '/api/v1/waiting-list-policy', token: policyMaker, body });
    const rules = {
      categoryRanks: [{ programme: 'tekun', rank: 1 }],
      criteria: ['age', 'category', 'care-level', 'waiting-time'],
      maxDeclines: 3,
      offerValidDays: 7,
    };
    const high = await elder('19500101', 6);
    const oldest = await elder('19300101');
    expect([await position(high), await position(oldest)]).toEqual([1, 2]);
    const set = await put(rules);
    expect(set.body).toEqual(rules);
    expect([await position(oldest), await position(high)]).toEqual([1, 2]);
    const twice = await put({
      ...rules,
      categoryRanks: [
        { programme: 'tekun', rank: 1 },
        { programme: 'tekun', rank: 2 },
      ],
    });
    expect([twice.status, twice.body.type]).toEqual([422, 'urn:civic:problem:waiting-list.policy-invalid']);
    await put({
      ...rules,
      categoryRanks: [
        { programme: 'tekun', rank: 1 },
        { programme: 'dibao', rank: 2 },
      ],
      criteria: ['category', 'care-level', 'age', 'waiting-time'],
    });
  });
});
