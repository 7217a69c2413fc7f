import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, newUscc, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

describe('eldercare beds and residents (床位, 入住)', () => {
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'eldercare');
    officer = await testToken([
      'eldercare:facility.read',
      'eldercare:facility.write',
      'eldercare:bed.read',
      'eldercare:bed.write',
      'eldercare:resident.read',
      'eldercare:resident.admit',
      'eldercare:resident.discharge',
      'eldercare:personal-data.read',
    ]);
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const facility = async (more: object = {}) =>
    (
      await post('/api/v1/facilities', {
        name: `养老院${Math.random().toString(36).slice(2, 10)}`,
        kind: 'institution',
        divisionCode: '310104003',
        address: '天平路100号',
        operatorName: '徐汇颐养服务中心',
        operatorUscc: newUscc(),
        licensedCapacity: 20,
        filedOn: '2024-03-01',
        ...more,
      })
    ).body.id as string;
  const bed = async (facilityId: string, kind = 'general', more: object = {}) =>
    (await post(`/api/v1/facilities/${facilityId}/beds`, { code: `B-${Math.random().toString(36).slice(2, 8)}`, kind, ...more })).body.id as string;
  const admit = (bedId: string, citizenId = newCitizenId(), token = officer) =>
    post(`/api/v1/beds/${bedId}/admissions`, { citizenId, name: '王秀英', admittedOn: '2026-05-20' }, token);
  const residencies = async () => Number((await db.query(`SELECT count(*) AS n FROM eldercare.residency`))[0].n);

  it('adds beds within the licensed places, and family care beds at elders’ homes outside them', async () => {
    const small = await facility({ licensedCapacity: 2 });
    await bed(small);
    await bed(small, 'cognitive-impairment');
    const third = await post(`/api/v1/facilities/${small}/beds`, { code: 'X-3', kind: 'general' });
    expect([third.status, third.body.type]).toEqual([422, 'urn:civic:problem:bed.over-capacity']);
    const home = await post(`/api/v1/facilities/${small}/beds`, {
      code: 'H-1',
      kind: 'family-care',
      homeAddress: '天平路200弄3号501室',
      homeDivisionCode: '310104004',
    });
    expect(home.status).toBe(201);
    expect(home.body).toMatchObject({ kind: 'family-care', divisionCode: '310104004', homeAddress: '天平路200弄3号501室', occupant: null });
  });

  it.each([
    ['a day-care centre', { kind: 'day-care' }, { code: 'D-1', kind: 'general' }, 422, 'bed.facility-not-residential'],
    ['a family care bed without its home', {}, { code: 'H-2', kind: 'family-care' }, 422, 'bed.home-required'],
    ['an unknown kind', {}, { code: 'K-1', kind: 'sofa' }, 400, 'validation'],
  ])('refuses a bed in %s and writes nothing', async (_what, facilityMore, body, status, type) => {
    const id = await facility(facilityMore);
    const before = Number((await db.query(`SELECT count(*) AS n FROM eldercare.bed`))[0].n);
    const res = await post(`/api/v1/facilities/${id}/beds`, body);
    expect([res.status, res.body.type]).toEqual([status, `urn:civic:problem:${type}`]);
    expect(Number((await db.query(`SELECT count(*) AS n FROM eldercare.bed`))[0].n)).toBe(before);
  });

  it('admits one elder into a vacant bed, publishes it, and shows the occupant masked to a caller without personal-data', async () => {
    const bedId = await bed(await facility());
    const citizenId = newCitizenId();
    const admitted = await admit(bedId, citizenId);
    expect(admitted.status).toBe(201);
    expect(admitted.body).toMatchObject({ bedId, citizenId, admittedOn: '2026-05-20', dischargedOn: null });
    const [event] = await db.query(`SELECT event_type, payload FROM eldercare.outbox WHERE message_key = $1`, [admitted.body.id]);
    expect(event).toMatchObject({ event_type: 'eldercare.resident.admitted.v1', payload: { bedId, citizenId, bedKind: 'general' } });
    const reader = await testToken(['eldercare:bed.read']);
    const seen = await get(`/api/v1/beds/${bedId}`, reader);
    expect(seen.body.occupant.citizenId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('gives a bed to one of many elders admitted at once, and an elder one of many beds', async () => {
    const facilityId = await facility();
    const contested = await bed(facilityId);
    const many = await Promise.all(Array.from({ length: 8 }, () => admit(contested)));
    expect(many.filter((r) => r.status === 201)).toHaveLength(1);
    expect(many.filter((r) => r.status === 409).map((r) => r.body.type)).toEqual(Array(7).fill('urn:civic:problem:bed.occupied'));

    const elder = newCitizenId();
    const beds = await Promise.all(Array.from({ length: 6 }, () => bed(facilityId)));
    const tries = await Promise.all(beds.map((b) => admit(b, elder)));
    expect(tries.filter((r) => r.status === 201)).toHaveLength(1);
    expect(tries.filter((r) => r.status === 409).map((r) => r.body.type)).toEqual(Array(5).fill('urn:civic:problem:resident.already-in-bed'));
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM eldercare.residency WHERE citizen_id = $1 AND discharged_on IS NULL`, [elder]);
    expect(n).toBe(1);
  });

  it('refuses a direct admission into a basic-guarantee bed: those come from the waiting list', async () => {
    const bedId = await bed(await facility(), 'basic-guarantee');
    const before = await residencies();
    const res = await admit(bedId);
    expect([res.status, res.body.type]).toEqual([422, 'urn:civic:problem:bed.waiting-list-only']);
    expect(await residencies()).toBe(before);
  });

  it('discharges a resident and frees the bed, publishing the discharge and the vacancy', async () => {
    const bedId = await bed(await facility());
    const { body: residency } = await admit(bedId);
    const discharged = await app.request({
      method: 'POST',
      url: `/api/v1/residents/${residency.id}/discharge`,
      token: officer,
      body: { dischargedOn: '2026-05-30', reason: 'left' },
      headers: { 'if-match': '"1"' },
    });
    expect(discharged.status).toBe(200);
    expect(discharged.body).toMatchObject({ dischargedOn: '2026-05-30', dischargeReason: 'left', version: 2 });
    expect((await get(`/api/v1/beds/${bedId}`)).body.occupant).toBeNull();
    const events = await db.query(`SELECT event_type FROM eldercare.outbox WHERE message_key = ANY($1) ORDER BY id`, [[residency.id, bedId]]);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual([
      'eldercare.resident.admitted.v1',
      'eldercare.resident.discharged.v1',
      'eldercare.bed.released.v1',
    ]);
    const again = await post(`/api/v1/residents/${residency.id}/discharge`, { dischargedOn: '2026-05-30', reason: 'left' });
    expect([again.status, again.body.type]).toEqual([409, 'urn:civic:problem:resident.already-discharged']);
    const early = await post(`/api/v1/residents/${(await admit(bedId)).body.id}/discharge`, { dischargedOn: '2026-05-01', reason: 'left' });
    expect([early.status, early.body.type]).toEqual([422, 'urn:civic:problem:resident.discharge-date-invalid']);
  });

  it('transfers a resident to another vacant bed in one step, never into an occupied one', async () => {
    const facilityId = await facility();
    const [from, to, taken] = [await bed(facilityId), await bed(facilityId), await bed(facilityId)];
    await admit(taken);
    const { body: residency } = await admit(from);
    const blocked = await post(`/api/v1/residents/${residency.id}/transfer`, { toBedId: taken, transferredOn: '2026-05-31' });
    expect([blocked.status, blocked.body.type]).toEqual([409, 'urn:civic:problem:bed.occupied']);
    expect((await get(`/api/v1/residents/${residency.id}`)).body.dischargedOn).toBeNull();
    const moved = await post(`/api/v1/residents/${residency.id}/transfer`, { toBedId: to, transferredOn: '2026-05-31' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ bedId: to, admittedOn: '2026-05-31', dischargedOn: null });
    expect((await get(`/api/v1/residents/${residency.id}`)).body).toMatchObject({ dischargeReason: 'transferred', dischargedOn: '2026-05-31' });
  });

  it('keeps a district officer to their districts', async () => {
    const elsewhere = await bed(await facility({ divisionCode: '310115001' }));
    const xuhui = await testToken(['eldercare:bed.read', 'eldercare:resident.admit'], 'xuhui-officer', 'test-suite', ['310104']);
    expect((await get(`/api/v1/beds/${elsewhere}`, xuhui)).status).toBe(403);
    expect((await admit(elsewhere, newCitizenId(), xuhui)).status).toBe(403);
    const listed = await get('/api/v1/beds?limit=200', xuhui);
    expect(listed.body.items.every((b: { divisionCode: string }) => b.divisionCode.startsWith('310104'))).toBe(true);
  });
});
