import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 村务公开 through the API: disclosures due by their kind's days, published once, the overdue ones per town. Its own database. */
describe('village affairs disclosures', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-07-16T02:00:00Z'));

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });

  beforeAll(async () => {
    restore = await useFreshDatabase('community', 'civic_disclosures');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    officer = await testToken(['community:division.write', 'community:disclosure.read', 'community:disclosure.write']);
    db = app.app.get(DataSource);
    for (const [code, name] of [
      ['310151101', '城桥镇'],
      ['310151101001', '城桥一村'],
      ['310151101002', '城桥二村'],
      ['310115001', '潍坊新村街道'],
      ['310115001001', '潍坊一居委会'],
    ])
      expect((await post('/api/v1/divisions', { code, name, validFrom: '2026-01-01' })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it("falls due the kind's days after the period, lists the unpublished ones past that day per town, and is published once", async () => {
    expect((await get('/api/v1/disclosure-kinds')).body.find((k: { code: string }) => k.code === 'finance')).toEqual({
      code: 'finance',
      name: '财务收支公开',
      dueDays: 15,
    });
    const late = await post('/api/v1/disclosures', { committeeCode: '310151101001', kind: 'finance', periodEnd: '2026-06-30' });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ dueOn: '2026-07-15', publishedOn: null, overdue: true });
    const onTime = await post('/api/v1/disclosures', { committeeCode: '310151101002', kind: 'affairs', periodEnd: '2026-06-30' });
    expect(onTime.body).toMatchObject({ dueOn: '2026-07-30', overdue: false });
    const twice = await post('/api/v1/disclosures', { committeeCode: '310151101001', kind: 'finance', periodEnd: '2026-06-30' });
    expect(twice.status).toBe(409);

    const overdue = (await get('/api/v1/disclosures?divisionCode=310151101&overdue=true')).body.items.map((d: { id: string }) => d.id);
    expect(overdue).toEqual([late.body.id]);
    const early = await post(`/api/v1/disclosures/${late.body.id}/publication`, { publishedOn: '2026-06-30', content: '收支明细' });
    expect(early.status).toBe(422);
    expect(early.body.type).toBe('urn:civic:problem:disclosure.before-period-end');
    const published = await post(`/api/v1/disclosures/${late.body.id}/publication`, { publishedOn: '2026-07-16', content: '二季度收支明细' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ publishedOn: '2026-07-16', overdue: false, version: 2 });
    expect((await post(`/api/v1/disclosures/${late.body.id}/publication`, { publishedOn: '2026-07-16', content: 'again' })).status).toBe(409);
    expect((await get('/api/v1/disclosures?divisionCode=310151101&overdue=true')).body.items).toEqual([]);
  });

  it('refuses a town or an unknown kind, and keeps district officers to their districts, writing nothing', async () => {
    const count = async () => (await db.query(`SELECT count(*)::int AS n FROM community.disclosure`))[0].n as number;
    const before = await count();
    const town = await post('/api/v1/disclosures', { committeeCode: '310151101', kind: 'finance', periodEnd: '2026-06-30' });
    expect(town.status).toBe(422);
    expect(town.body.type).toBe('urn:civic:problem:disclosure.not-a-committee');
    expect((await post('/api/v1/disclosures', { committeeCode: '310151101001', kind: 'lottery', periodEnd: '2026-06-30' })).status).toBe(422);
    const pudong = await testToken(['community:disclosure.read', 'community:disclosure.write'], 'pudong-officer', 'test-suite', ['310115']);
    expect((await post('/api/v1/disclosures', { committeeCode: '310151101001', kind: 'finance', periodEnd: '2026-03-31' }, pudong)).status).toBe(403);
    expect((await get('/api/v1/disclosures?divisionCode=310151101', pudong)).status).toBe(403);
    expect(await count()).toBe(before);
  });
});
