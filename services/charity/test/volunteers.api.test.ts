import { DeathRecordCorrected, DeathRecordRevoked, DeathRegistered } from '@civic/contracts';
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

/** 志愿服务记录 through the API: volunteers, service hours with the organisations they joined, certificates a third party checks; a death closes the record. */
describe('charity volunteers', () => {
  let app: TestService;
  let officer: string;
  let broker: TestBroker;
  let db: DataSource;

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const today = () => BusinessDate.today().toString();
  const organisation = async () =>
    (
      await post('/api/v1/organisations', {
        uscc: newUscc('51'),
        kind: 'social-group',
        name: `志愿者协会${Math.random().toString(36).slice(2, 8)}`,
        domicileDivisionCode: '310104003',
        authorityLevel: 'district',
        legalRepresentative: '钱七',
        registeredCapital: '30000.00',
        registeredOn: '2024-01-10',
      })
    ).body.id as string;
  const volunteer = async (citizenId = newCitizenId(newBirthDate(1990))) => {
    const registered = await post('/api/v1/volunteers', { citizenId, name: '王志愿', divisionCode: '310104003', registeredOn: '2025-01-10' });
    expect(registered.status).toBe(201);
    return registered.body as { id: string; citizenId: string };
  };

  beforeAll(async () => {
    app = await startTestService(AppModule, service);
    await seedTestDivisions(app, 'charity');
    officer = await testToken(['charity:volunteer.read', 'charity:volunteer.write', 'charity:organisation.write', 'charity:personal-data.read']);
    broker = new TestBroker('volunteers-test');
    db = app.app.get(DataSource);
    await waitForConsumers(app);
  }, 90_000);
  afterAll(async () => {
    await broker?.close();
    await app?.close();
  });

  it('records hours with the organisations a volunteer joined and certifies them; a third party checks the certificate by its number', async () => {
    const association = await organisation();
    const { id } = await volunteer();
    expect((await post(`/api/v1/volunteers/${id}/memberships`, { organisationId: association, joinedOn: '2025-02-01' })).status).toBe(200);
    for (const [servedOn, hours] of [
      ['2025-03-01', 2.5],
      ['2025-06-01', 4],
      ['2026-01-15', 1.5],
    ] as const)
      expect((await post(`/api/v1/volunteers/${id}/service-records`, { organisationId: association, servedOn, hours, activity: '社区助老' })).status).toBe(201);
    const read = await get(`/api/v1/volunteers/${id}`);
    expect(read.body).toMatchObject({ totalHours: '8.0', organisations: [{ organisationId: association, joinedOn: '2025-02-01' }] });
    expect((await get(`/api/v1/volunteers/${id}/service-records`)).body.items.map((r: { hours: string }) => r.hours)).toEqual(['1.5', '4.0', '2.5']);

    const certificate = await post(`/api/v1/volunteers/${id}/certificates`, {});
    expect(certificate.status).toBe(201);
    expect(certificate.body).toMatchObject({ hours: '8.0', records: 3, firstServedOn: '2025-03-01', lastServedOn: '2026-01-15', issuedOn: today() });
    const employer = await testToken(['charity:volunteer-certificate.verify'], 'employer-hr', 'employer-system');
    const checked = await get(`/api/v1/volunteer-certificates/${certificate.body.number}`, employer);
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({
      number: certificate.body.number,
      name: '王志愿',
      citizenIdMasked: expect.stringMatching(/^\d{6}\*+\w{4}$/),
      hours: '8.0',
      records: 3,
      firstServedOn: '2025-03-01',
      lastServedOn: '2026-01-15',
      issuedOn: today(),
    });
    expect((await get(`/api/v1/volunteer-certificates/ZYFW-20260101-2222222222`, employer)).status).toBe(404);
    expect((await get(`/api/v1/volunteer-certificates/not-a-number`, employer)).status).toBe(400);
    expect((await get(`/api/v1/volunteers/${id}`, employer)).status).toBe(403);
  });

  it('refuses service with an organisation not joined, bad hours, a second registration or a certificate of nothing: nothing written', async () => {
    const association = await organisation();
    const other = await organisation();
    const { id, citizenId } = await volunteer();
    await post(`/api/v1/volunteers/${id}/memberships`, { organisationId: association, joinedOn: '2025-02-01' });
    const records = async () => Number((await db.query(`SELECT count(*) AS n FROM charity.volunteer_service WHERE volunteer_id = $1`, [id]))[0].n);
    const serve = (body: Record<string, unknown>) =>
      post(`/api/v1/volunteers/${id}/service-records`, { organisationId: association, servedOn: '2025-03-01', hours: 2, activity: '助老', ...body });
    expect((await serve({ organisationId: other })).body.type).toBe('urn:civic:problem:volunteer.not-member');
    expect((await serve({ servedOn: '2025-01-20' })).body.type).toBe('urn:civic:problem:volunteer.not-member');
    expect((await serve({ hours: 25 })).body.type).toBe('urn:civic:problem:volunteer.hours-invalid');
    expect((await serve({ hours: 1.25 })).body.type).toBe('urn:civic:problem:volunteer.hours-invalid');
    expect((await serve({ hours: 'two' })).status).toBe(400);
    expect((await serve({ servedOn: '2099-01-01' })).status).toBe(422);
    expect(await records()).toBe(0);
    expect((await post(`/api/v1/volunteers/${id}/certificates`, {})).body.type).toBe('urn:civic:problem:volunteer.no-service-recorded');
    const twice = await post('/api/v1/volunteers', { citizenId, name: '王志愿', divisionCode: '310104003', registeredOn: '2025-01-10' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:civic:problem:volunteer.already-registered');
    expect((await post(`/api/v1/volunteers/${id}/memberships`, { organisationId: association, joinedOn: '2025-03-01' })).status).toBe(409);
  });

  it('closes the record of a volunteer whose death funeral registers, once however often it is delivered', async () => {
    const association = await organisation();
    const citizenId = newCitizenId(newBirthDate(1950));
    const { id } = await volunteer(citizenId);
    await post(`/api/v1/volunteers/${id}/memberships`, { organisationId: association, joinedOn: '2025-02-01' });
    const death = TestBroker.event(
      DeathRegistered,
      { deathRecordId: randomUUID(), citizenId, name: '王志愿', dateOfDeath: '2026-03-15', divisionCode: '310104003' },
      { subject: randomUUID() },
    );
    await broker.publish(DeathRegistered, [death, death]);
    const closed = await eventually(
      () => get(`/api/v1/volunteers/${id}`),
      (r) => r.body.status === 'closed',
      { what: 'the volunteer record closed by the death', timeoutMs: 30_000 },
    );
    expect(closed.body).toMatchObject({ closedOn: '2026-03-15', closedReason: '死亡', version: 3 });
    expect((await db.query(`SELECT count(*)::int AS n FROM charity.inbox WHERE event_id = $1`, [death.id]))[0].n).toBe(1);
    const after = await post(`/api/v1/volunteers/${id}/service-records`, { organisationId: association, servedOn: '2026-03-16', hours: 1, activity: '助老' });
    expect(after.body.type).toBe('urn:civic:problem:volunteer.closed');
  });

  it('moves the closure when the date of death is corrected, and reopens the record when the death is revoked', async () => {
    const citizenId = newCitizenId(newBirthDate(1951));
    const { id } = await volunteer(citizenId);
    const deathRecordId = randomUUID();
    const record = { deathRecordId, citizenId, name: '王志愿', divisionCode: '310104003' };
    const status = () => get(`/api/v1/volunteers/${id}`);
    await broker.publish(DeathRegistered, [TestBroker.event(DeathRegistered, { ...record, dateOfDeath: '2026-03-15' }, { subject: deathRecordId })]);
    await eventually(status, (r) => r.body.closedOn === '2026-03-15', { what: 'closed by the death', timeoutMs: 30_000 });
    await broker.publish(DeathRecordCorrected, [
      TestBroker.event(
        DeathRecordCorrected,
        { ...record, dateOfDeath: '2026-03-10', previousDateOfDeath: '2026-03-15', changed: ['dateOfDeath'], reason: '依死亡医学证明更正' },
        { subject: deathRecordId },
      ),
    ]);
    await eventually(status, (r) => r.body.closedOn === '2026-03-10', { what: 'the closure moved to the corrected date', timeoutMs: 30_000 });
    await broker.publish(DeathRecordRevoked, [
      TestBroker.event(
        DeathRecordRevoked,
        { deathRecordId, citizenId, dateOfDeath: '2026-03-10', revokedOn: '2026-03-20', reason: '医院误报' },
        { subject: deathRecordId },
      ),
    ]);
    const reopened = await eventually(status, (r) => r.body.status === 'active', { what: 'reopened after the revocation', timeoutMs: 30_000 });
    expect(reopened.body).toMatchObject({ closedOn: null, closedReason: null });
  });

  it('needs a token with the permission, and keeps a district officer to their districts', async () => {
    const { id } = await volunteer();
    expect((await app.request({ method: 'GET', url: '/api/v1/volunteers' })).status).toBe(401);
    const reader = await testToken(['charity:volunteer.read']);
    expect(
      (
        await post(
          '/api/v1/volunteers',
          { citizenId: newCitizenId(newBirthDate(1991)), name: '李', divisionCode: '310104003', registeredOn: '2025-01-10' },
          reader,
        )
      ).status,
    ).toBe(403);
    expect((await get(`/api/v1/volunteers/${id}`, reader)).body.citizenId).toContain('*');
    const pudong = await testToken(['charity:volunteer.read'], 'pudong-officer', 'test-suite', ['310115']);
    expect((await get(`/api/v1/volunteers/${id}`, pudong)).status).toBe(403);
  });
});
