import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newBirthDate, newCitizenId, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

const ROLES = ['funeral:*', 'funeral:audit.read', 'funeral:personal-data.read'];
const valid = newCitizenId();
const badCheck = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');

describe('funeral: deaths, cemeteries and tomb-sweeping reservations', () => {
  const clock = new ControllableClock(new Date('2027-03-01T02:00:00Z'));
  let funeral: TestService;
  let officer: string;
  let db: DataSource;

  beforeAll(async () => {
    funeral = await startTestService(AppModule, service, { overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(funeral, 'funeral');
    officer = await testToken(ROLES, 'registry-clerk', 'funeral-home-system');
    db = funeral.app.get(DataSource);
  });
  afterAll(() => funeral.close());

  const post = (url: string, body: unknown, token = officer) => funeral.request({ method: 'POST', url, token, body });
  const death = (citizenId: string, overrides: object = {}) => ({
    citizenId,
    name: '张三',
    dateOfDeath: '2027-02-27',
    placeOfDeath: '某医院',
    divisionCode: '310104003',
    funeralHome: '龙华殡仪馆',
    certificateNo: 'SW001',
    ...overrides,
  });

  describe('death records', () => {
    it('registers a death once, publishes it, and records the cremation', async () => {
      const citizenId = newCitizenId(newBirthDate(1940));
      const registered = await post('/api/v1/death-records', death(citizenId));
      expect(registered.status).toBe(201);
      expect(registered.body).toMatchObject({ citizenId, status: 'registered', version: 1 });
      const [event] = await db.query(`SELECT event_type, payload FROM funeral.outbox WHERE message_key = $1`, [registered.body.id]);
      expect(event).toMatchObject({
        event_type: 'funeral.death-record.registered.v1',
        payload: { citizenId, dateOfDeath: '2027-02-27', divisionCode: '310104003' },
      });

      const twice = await post('/api/v1/death-records', death(citizenId, { certificateNo: 'SW002' }));
      expect(twice.status).toBe(409);
      expect(twice.body.type).toBe('urn:civic:problem:death.already-registered');

      const early = await post(`/api/v1/death-records/${registered.body.id}/cremation`, {
        crematedOn: '2027-02-26',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'HH1',
      });
      expect(early.status).toBe(422);
      // The clock reads 2027-03-01: a cremation is recorded once it took place, not ahead of it.
      const ahead = await post(`/api/v1/death-records/${registered.body.id}/cremation`, {
        crematedOn: '2027-03-02',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'HH1',
      });
      expect(ahead.status).toBe(422);
      expect(ahead.body.code).toBe('DEATH.CREMATION_IN_FUTURE');
      const cremated = await post(`/api/v1/death-records/${registered.body.id}/cremation`, {
        crematedOn: '2027-03-01',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'HH1',
      });
      expect(cremated.body).toMatchObject({ status: 'cremated', cremation: { crematedOn: '2027-03-01', certificateNo: 'HH1' } });
      expect(
        (await post(`/api/v1/death-records/${registered.body.id}/cremation`, { crematedOn: '2027-03-01', funeralHome: 'x', certificateNo: 'y' })).status,
      ).toBe(409);
    });

    it.each([
      ['a death in the future', { dateOfDeath: '2027-03-02' }, 'death.in-future'],
      ['a death before birth', { dateOfDeath: '1930-01-01' }, 'death.before-birth'],
      ['an unknown division', { divisionCode: '310104777' }, 'division.unknown'],
      ['a bad citizen ID', { citizenId: badCheck }, 'citizen-id.bad-check-character'],
    ])('refuses %s with 422 and writes nothing', async (_what, overrides, type) => {
      const before = (await db.query(`SELECT count(*)::int AS n FROM funeral.death_record`))[0].n;
      const res = await post('/api/v1/death-records', death(newCitizenId(newBirthDate(1940)), overrides));
      expect(res.status).toBe(422);
      expect(res.body.type).toBe(`urn:civic:problem:${type}`);
      expect((await db.query(`SELECT count(*)::int AS n FROM funeral.death_record`))[0].n).toBe(before);
    });
  });

  describe('corrections and revocations', () => {
    it('corrects with a reason and the old values kept, published; refuses an empty correction and a clerk without the permission', async () => {
      const registered = await post('/api/v1/death-records', death(newCitizenId(newBirthDate(1941))));
      const id = registered.body.id;
      const empty = await post(`/api/v1/death-records/${id}/correction`, { name: '张三', reason: '核对' });
      expect(empty.status).toBe(422);
      expect(empty.body.type).toBe('urn:civic:problem:death.nothing-corrected');
      const cremator = await testToken(['funeral:death.read', 'funeral:death.cremate']);
      expect((await post(`/api/v1/death-records/${id}/correction`, { placeOfDeath: '家中', reason: '更正' }, cremator)).status).toBe(403);
      const corrected = await post(`/api/v1/death-records/${id}/correction`, { placeOfDeath: '家中', dateOfDeath: '2027-02-26', reason: '依死亡医学证明更正' });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({ placeOfDeath: '家中', dateOfDeath: '2027-02-26', version: 2 });
      expect(corrected.body.corrections[0]).toMatchObject({
        correctedBy: 'registry-clerk',
        changes: { placeOfDeath: { from: '某医院', to: '家中' }, dateOfDeath: { from: '2027-02-27', to: '2027-02-26' } },
      });
      const [event] = await db.query(`SELECT payload FROM funeral.outbox WHERE message_key = $1 AND event_type = 'funeral.death-record.corrected.v1'`, [id]);
      expect(event.payload).toMatchObject({ dateOfDeath: '2027-02-26', previousDateOfDeath: '2027-02-27', changed: ['dateOfDeath', 'placeOfDeath'] });
    });

    it('revokes a death registered in error, publishes it, and lets the person be registered again', async () => {
      const citizenId = newCitizenId(newBirthDate(1942));
      const registered = await post('/api/v1/death-records', death(citizenId));
      const revoked = await post(`/api/v1/death-records/${registered.body.id}/revocation`, { reason: '医院误报' });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ status: 'revoked', revocation: { reason: '医院误报', revokedOn: '2027-03-01' } });
      const [event] = await db.query(`SELECT payload FROM funeral.outbox WHERE message_key = $1 AND event_type = 'funeral.death-record.revoked.v1'`, [
        registered.body.id,
      ]);
      expect(event.payload).toMatchObject({ citizenId, dateOfDeath: '2027-02-27', revokedOn: '2027-03-01', reason: '医院误报' });
      expect(
        (await post(`/api/v1/death-records/${registered.body.id}/cremation`, { crematedOn: '2027-03-01', funeralHome: 'x', certificateNo: 'y' })).status,
      ).toBe(409);
      expect((await post('/api/v1/death-records', death(citizenId, { certificateNo: 'SW-REAL' }))).status).toBe(201);
    });
  });

  describe('cemeteries and plots', () => {
    let cemeteryId: string;
    beforeAll(async () => {
      cemeteryId = (await post('/api/v1/cemeteries', { name: `福寿园${Date.now()}`, kind: 'commercial', divisionCode: '310118' })).body.id;
    });

    it('limits plots in zones opened under the rule to 0.6 m², and not in older zones', async () => {
      const newZone = await post(`/api/v1/cemeteries/${cemeteryId}/zones`, { code: 'E2', burialType: 'plot' });
      expect(newZone.body).toMatchObject({ openedOn: '2027-03-01', maxPlotAreaM2: '0.60', openingDocument: null });
      const oldZone = await post(`/api/v1/cemeteries/${cemeteryId}/existing-zones`, {
        code: 'A1',
        openedOn: '2015-05-01',
        burialType: 'plot',
        openingDocument: '沪民殡〔2015〕12号',
      });
      expect(oldZone.status).toBe(201);
      expect(oldZone.body).toMatchObject({ maxPlotAreaM2: null, openingDocument: '沪民殡〔2015〕12号' });

      const tooBig = await post(`/api/v1/cemeteries/${cemeteryId}/zones/${newZone.body.id}/plots`, {
        plots: [
          { number: 'E2-1', areaM2: 0.6 },
          { number: 'E2-2', areaM2: 0.61 },
        ],
      });
      expect(tooBig.status).toBe(422);
      expect(tooBig.body.type).toBe('urn:civic:problem:plot.area-over-limit');
      expect(tooBig.body.errors[0].field).toBe('plots[1].areaM2');
      expect(
        (await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemeteryId}/plots?zoneId=${newZone.body.id}`, token: officer })).body.page.total,
      ).toBe(0);

      expect(
        (
          await post(`/api/v1/cemeteries/${cemeteryId}/zones/${newZone.body.id}/plots`, {
            plots: [
              { number: 'E2-1', areaM2: 0.6 },
              { number: 'E2-2', areaM2: 0.45 },
              // 0.29 x 100 and 0.58 x 100 are not whole numbers in binary floating point; the areas are exact.
              { number: 'E2-3', areaM2: 0.29 },
              { number: 'E2-4', areaM2: 0.58 },
            ],
          })
        ).body.added,
      ).toBe(4);
      expect((await post(`/api/v1/cemeteries/${cemeteryId}/zones/${oldZone.body.id}/plots`, { plots: [{ number: 'A1-1', areaM2: 1.2 }] })).body.added).toBe(1);
      for (const areaM2 of [5e-324, 1e-7, 0, 1e308]) {
        const odd = await post(`/api/v1/cemeteries/${cemeteryId}/zones/${oldZone.body.id}/plots`, { plots: [{ number: 'A1-9', areaM2 }] });
        expect(odd.status).toBe(400);
        expect(odd.body.errors[0].field).toBe('plots[0].areaM2');
      }
      const again = await post(`/api/v1/cemeteries/${cemeteryId}/zones/${newZone.body.id}/plots`, { plots: [{ number: 'E2-2', areaM2: 0.5 }] });
      expect(again.status).toBe(409);
    });

    it('cannot open a new zone in the past to escape the 0.6 m² rule; an existing zone needs its own permission and document, and is audited', async () => {
      const backdated = await post(`/api/v1/cemeteries/${cemeteryId}/zones`, { code: 'B1', openedOn: '2015-05-01', burialType: 'plot' });
      expect(backdated.status).toBe(422);
      expect(backdated.body.code).toBe('ZONE.OPENS_TODAY');
      const manager = await testToken(['funeral:cemetery.manage', 'funeral:cemetery.read'], 'cemetery-manager');
      const existing = { code: 'B1', openedOn: '2015-05-01', burialType: 'plot', openingDocument: '沪民殡〔2015〕12号' };
      expect((await post(`/api/v1/cemeteries/${cemeteryId}/existing-zones`, existing, manager)).status).toBe(403);
      const noDocument = await post(`/api/v1/cemeteries/${cemeteryId}/existing-zones`, { ...existing, openingDocument: '' });
      expect(noDocument.status).toBe(400);
      const recorded = await post(`/api/v1/cemeteries/${cemeteryId}/existing-zones`, existing);
      expect(recorded.status).toBe(201);
      const audit = await funeral.request({
        method: 'GET',
        url: `/api/v1/audit-log?action=cemetery.record-existing-zone&resourceId=${cemeteryId}`,
        token: officer,
      });
      const b1 = audit.body.items.filter((entry: { details: { body: { code: string } } }) => entry.details.body.code === 'B1');
      expect(b1).toHaveLength(1);
      expect(b1[0]).toMatchObject({ status: 201, details: { body: { openingDocument: '沪民殡〔2015〕12号' } } });
    });

    it('registers a rural columbarium (农村公益性骨灰堂) whose zones hold niches only', async () => {
      const columbarium = await post('/api/v1/cemeteries', { name: `村骨灰堂${Date.now()}`, kind: 'rural-columbarium', divisionCode: '310118' });
      expect(columbarium.status).toBe(201);
      expect(columbarium.body.kind).toBe('rural-columbarium');
      const plots = await post(`/api/v1/cemeteries/${columbarium.body.id}/zones`, { code: 'P1', burialType: 'plot' });
      expect(plots.status).toBe(422);
      expect(plots.body.code).toBe('CEMETERY.COLUMBARIUM_NICHES_ONLY');
      expect((await post(`/api/v1/cemeteries/${columbarium.body.id}/zones`, { code: 'N1', burialType: 'wall-niche' })).status).toBe(201);
    });

    it('keeps a district officer to the cemeteries, plots and death records of their district (属地管理)', async () => {
      const xuhuiOfficer = await testToken(ROLES, 'xuhui-officer', 'test-suite', ['310104']);
      // The cemetery lies in 310118 (青浦); the death record in 310104 (徐汇).
      const zone = await post(`/api/v1/cemeteries/${cemeteryId}/zones`, { code: 'X9', burialType: 'plot' }, xuhuiOfficer);
      expect(zone.status).toBe(403);
      expect(zone.body.code).toBe('DISTRICT_OUT_OF_SCOPE');
      expect(
        (await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemeteryId}/zones`, token: officer })).body.map((z: { code: string }) => z.code),
      ).not.toContain('X9');
      expect((await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemeteryId}/plots`, token: xuhuiOfficer })).status).toBe(403);
      const [plot] = (await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemeteryId}/plots?status=available`, token: officer })).body.items;
      const record = (await post('/api/v1/death-records', death(newCitizenId(newBirthDate(1940))), xuhuiOfficer)).body.id;
      expect((await post(`/api/v1/plots/${plot.id}/assignment`, { deathRecordId: record }, xuhuiOfficer)).status).toBe(403);

      const jinganOfficer = await testToken(ROLES, 'jingan-officer', 'test-suite', ['310106']);
      expect((await post(`/api/v1/death-records/${record}/bill`, { items: [{ code: 'cremation', quantity: 1 }] }, jinganOfficer)).status).toBe(403);
      expect((await funeral.request({ method: 'GET', url: `/api/v1/death-records/${record}/bill`, token: jinganOfficer })).status).toBe(403);
      expect((await funeral.request({ method: 'GET', url: `/api/v1/death-records/${record}`, token: xuhuiOfficer })).status).toBe(200);
      const price = await funeral.request({ method: 'PUT', url: '/api/v1/price-catalogue/cremation', token: xuhuiOfficer, body: { price: '1.00' } });
      expect(price.status).toBe(403);
      expect(price.body.code).toBe('CITY_LEVEL_ONLY');
    });

    it('assigns a plot at most once, and one plot per deceased', async () => {
      const zone = (await post(`/api/v1/cemeteries/${cemeteryId}/zones`, { code: 'E3', burialType: 'plot' })).body;
      await post(`/api/v1/cemeteries/${cemeteryId}/zones/${zone.id}/plots`, {
        plots: [
          { number: 'E3-1', areaM2: 0.5 },
          { number: 'E3-2', areaM2: 0.5 },
        ],
      });
      const plots = (await funeral.request({ method: 'GET', url: `/api/v1/cemeteries/${cemeteryId}/plots?zoneId=${zone.id}`, token: officer })).body.items;
      const first = (await post('/api/v1/death-records', death(newCitizenId(newBirthDate(1940))))).body.id;
      const second = (await post('/api/v1/death-records', death(newCitizenId(newBirthDate(1940))))).body.id;

      const racing = await Promise.all([
        post(`/api/v1/plots/${plots[0].id}/assignment`, { deathRecordId: first }),
        post(`/api/v1/plots/${plots[0].id}/assignment`, { deathRecordId: second }),
      ]);
      expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = racing.find((r) => r.status === 200)!.body;
      expect(winner).toMatchObject({ status: 'assigned', number: 'E3-1' });
      const loser = winner.deathRecordId === first ? second : first;
      const sameDeceased = await post(`/api/v1/plots/${plots[1].id}/assignment`, { deathRecordId: winner.deathRecordId });
      expect(sameDeceased.status).toBe(409);
      expect(sameDeceased.body.type).toBe('urn:civic:problem:plot.deceased-has-plot');
      expect((await post(`/api/v1/plots/${plots[1].id}/assignment`, { deathRecordId: loser })).status).toBe(200);
      const events = await db.query(`SELECT count(*)::int AS n FROM funeral.outbox WHERE event_type = 'funeral.plot.assigned.v1' AND message_key = ANY($1)`, [
        plots.map((p: { id: string }) => p.id),
      ]);
      expect(events[0].n).toBe(2);
    });
  });

  describe('tomb-sweeping reservations', () => {
    let cemeteryId: string;
    let day = 1;
    beforeAll(async () => {
      cemeteryId = (await post('/api/v1/cemeteries', { name: `滨海古园${Date.now()}`, kind: 'public-interest', divisionCode: '310118' })).body.id;
    });
    const openSlot = async (capacity: number) => {
      day += 1;
      const res = await post('/api/v1/sweeping-slots', {
        cemeteryId,
        season: 'qingming-2027',
        day: `2027-04-${String(day).padStart(2, '0')}`,
        startsAt: '08:00',
        endsAt: '10:00',
        capacity,
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const book = (slotId: string, citizenId = newCitizenId(), visitors = 1) => post('/api/v1/sweeping-bookings', { slotId, citizenId, visitors });

    it('never oversells a slot, even when many book at once', async () => {
      const slotId = await openSlot(10);
      const results = await Promise.all(Array.from({ length: 30 }, () => book(slotId)));
      expect(results.filter((r) => r.status === 201)).toHaveLength(10);
      const refused = results.filter((r) => r.status !== 201);
      expect(refused.every((r) => r.status === 409 && r.body.type === 'urn:civic:problem:booking.slot-full')).toBe(true);
      const slot = await funeral.request({ method: 'GET', url: `/api/v1/sweeping-slots/${slotId}`, token: officer });
      expect(slot.body).toMatchObject({ capacity: 10, booked: 10, available: 0 });
      expect((await db.query(`SELECT count(*)::int AS n FROM funeral.sweeping_booking WHERE slot_id = $1 AND status = 'booked'`, [slotId]))[0].n).toBe(10);
    });

    it('counts visitors as places, frees them on cancellation, and keeps to the per-person and per-booking limits', async () => {
      const slotId = await openSlot(5);
      const person = newCitizenId();
      const family = await book(slotId, person, 4);
      expect(family.status).toBe(201);
      const tooMany = await book(slotId, newCitizenId(), 2);
      expect(tooMany.status).toBe(409);
      expect((await book(slotId, newCitizenId(), 6)).body.type).toBe('urn:civic:problem:booking.too-many-visitors');

      const other = await openSlot(50);
      expect((await book(other, person)).status).toBe(201);
      const third = await book(other, person);
      expect(third.status).toBe(422);
      expect(third.body.type).toBe('urn:civic:problem:booking.person-limit');

      const cancelled = await post(`/api/v1/sweeping-bookings/${family.body.id}/cancellation`, {});
      expect(cancelled.body.status).toBe('cancelled');
      expect((await post(`/api/v1/sweeping-bookings/${family.body.id}/cancellation`, {})).status).toBe(409);
      expect((await book(slotId, newCitizenId(), 2)).status).toBe(201);
      expect((await book(other, person)).status).toBe(201); // the cancelled booking gave the person's place back
    });

    it('refuses bookings for unknown or past slots and malformed input', async () => {
      expect((await book('4b0a3f3e-8c4e-4d3a-9f0e-2b7c1d5e6f70')).body.type).toBe('urn:civic:problem:booking.slot-unknown');
      const slotId = await openSlot(5);
      clock.set(new Date('2027-05-01T02:00:00Z'));
      try {
        const late = await book(slotId);
        expect(late.status).toBe(422);
        expect(late.body.type).toBe('urn:civic:problem:booking.slot-past');
      } finally {
        clock.set(new Date('2027-03-01T02:00:00Z'));
      }
      expect((await post('/api/v1/sweeping-bookings', { slotId, citizenId: newCitizenId(), visitors: 0 })).status).toBe(400);
      // Numbers beyond any booking are refused as input, never reach the database (was a 500).
      for (const visitors of [1e308, 186020166528374272, 1001]) {
        const huge = await post('/api/v1/sweeping-bookings', { slotId, citizenId: newCitizenId(), visitors });
        expect(huge.status).toBe(400);
        expect(huge.body.errors[0].field).toBe('visitors');
      }
      expect(
        (await post('/api/v1/sweeping-slots', { cemeteryId, season: 'qingming-2027', day: '2027-02-01', startsAt: '08:00', endsAt: '10:00', capacity: 5 })).body
          .type,
      ).toBe('urn:civic:problem:slot.in-past');
      const visitor = await testToken(['funeral:sweeping.read']);
      expect((await post('/api/v1/sweeping-bookings', { slotId, citizenId: newCitizenId(), visitors: 1 }, visitor)).status).toBe(403);
    });
  });
});
