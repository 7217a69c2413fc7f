import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 议事协商 and 居民公约 through the API: deliberation records with their parties, conventions in versions. Its own database. */
describe('deliberation meetings and residents’ conventions', () => {
  let app: TestService;
  let committee: string;
  let db: DataSource;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));

  const post = (url: string, body: unknown, token = committee) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = committee) => app.request({ method: 'GET', url, token });
  const parties = [
    { name: '张居民', role: 'resident-representative' },
    { name: '李主任', role: 'committee-member' },
    { name: '王经理', role: 'property-management' },
  ];
  const deliberation = (over: Record<string, unknown> = {}) => ({
    committeeCode: '310104003001',
    topic: '加装电梯费用分摊',
    heldOn: '2026-05-20',
    participants: parties,
    resolution: '按楼层系数分摊',
    ...over,
  });

  beforeAll(async () => {
    restore = await useFreshDatabase('community', 'civic_self_governance');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    const city = await testToken(['community:division.write']);
    committee = await testToken(['community:self-governance.read', 'community:self-governance.write'], 'xuhui-officer', 'test-suite', ['310104']);
    db = app.app.get(DataSource);
    for (const [code, name] of [
      ['310104003', '天平路街道'],
      ['310104003001', '天平一居委会'],
      ['310115001', '潍坊新村街道'],
      ['310115001001', '潍坊一居委会'],
    ])
      expect((await post('/api/v1/divisions', { code, name, validFrom: '2026-01-01' }, city)).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('records a deliberation with its parties and lists it under the sub-district', async () => {
    const recorded = await post('/api/v1/deliberations', deliberation());
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ committeeCode: '310104003001', topic: '加装电梯费用分摊', participants: parties });
    const listed = await get('/api/v1/deliberations?divisionCode=310104003&heldFrom=2026-05-01');
    expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([recorded.body.id]);
    expect((await get(`/api/v1/deliberations/${recorded.body.id}`)).body.resolution).toBe('按楼层系数分摊');
  });

  it('refuses deliberations without residents, with too few parties, of a sub-district, in the future or outside the districts, writing nothing', async () => {
    const count = async () => (await db.query(`SELECT count(*)::int AS n FROM community.deliberation`))[0].n as number;
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ participants: parties.map((p) => ({ ...p, role: 'other' })) }, 422, 'deliberation.no-residents'],
      [{ participants: parties.slice(0, 2) }, 422, 'deliberation.too-few-participants'],
      [{ committeeCode: '310104003' }, 422, 'deliberation.not-a-committee'],
      [{ heldOn: '2026-06-02' }, 422, 'deliberation.in-future'],
      [{ committeeCode: '310104003999' }, 422, 'deliberation.committee-unknown'],
      [{ committeeCode: '310115001001' }, 403, 'district-out-of-scope'],
      [{ participants: [{ name: '张居民', role: 'mayor' }] }, 400, 'validation'],
    ];
    for (const [over, status, type] of cases) {
      const response = await post('/api/v1/deliberations', deliberation(over));
      expect([over, response.status, response.body.type]).toEqual([over, status, `urn:civic:problem:${type}`]);
    }
    expect(await count()).toBe(before);
  });

  it('keeps a committee’s convention in versions: the latest in force, each adopted after the one before', async () => {
    const url = '/api/v1/committees/310104003001/convention';
    expect((await get(url)).status).toBe(404);
    const first = await post(`${url}/versions`, { text: '爱护公共环境', adoptedOn: '2025-03-01', adoptedBy: 'assembly' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, adoptedBy: 'assembly' });
    const backdated = await post(`${url}/versions`, { text: '新公约', adoptedOn: '2025-02-01', adoptedBy: 'assembly' });
    expect(backdated.status).toBe(422);
    expect(backdated.body.type).toBe('urn:civic:problem:convention.not-after-current');
    expect((await post(`${url}/versions`, { text: '爱护公共环境', adoptedOn: '2026-03-01', adoptedBy: 'assembly' })).status).toBe(409);
    const second = await post(`${url}/versions`, { text: '爱护公共环境, 垃圾分类', adoptedOn: '2026-03-01', adoptedBy: 'representatives-assembly' });
    expect(second.body.number).toBe(2);
    expect((await get(url)).body).toMatchObject({ number: 2, text: '爱护公共环境, 垃圾分类' });
    expect((await get(`${url}/versions`)).body.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    const town = await post('/api/v1/committees/310104003/convention/versions', { text: '公约', adoptedOn: '2026-03-01', adoptedBy: 'assembly' });
    expect(town.status).toBe(422);
    expect((await post('/api/v1/committees/310115001001/convention/versions', { text: '公约', adoptedOn: '2026-03-01', adoptedBy: 'assembly' })).status).toBe(
      403,
    );
    expect((await db.query(`SELECT count(*)::int AS n FROM community.convention_version`))[0].n).toBe(2);
  });
});
