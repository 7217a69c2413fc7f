import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newCitizenId, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AdultOrphanJob } from '../src/resettlement/application/adult-orphan-job';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 成年孤儿安置 through the daily job and the API, on a database of its own. */
describe('child-welfare adult-orphan resettlement (成年孤儿安置)', () => {
  const clock = new ControllableClock(new Date('2026-11-29T02:00:00Z'));
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) => app.request({ method: 'POST', url, token: officer, body, headers });
  const get = (url: string) => app.request({ method: 'GET', url, token: officer });
  const register = async (citizenId: string, category: string) =>
    (await post('/api/v1/children', { citizenId, name: '小华', divisionCode: '310104003', address: '福利院', category, registeredOn: '2026-01-05' })).body
      .id as string;
  const runJob = () => app.app.get(AdultOrphanJob).wake('adult-orphans');

  beforeAll(async () => {
    restore = await useFreshDatabase('child-welfare', 'civic_resettlement');
    app = await startTestService(AppModule, service, { consumers: false, overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedTestDivisions(app, 'child_welfare');
    officer = await testToken(['child-welfare:child.read', 'child-welfare:child.write', 'child-welfare:personal-data.read']);
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('closes the record of an orphan on their 18th birthday and opens one plan, however often the job runs', async () => {
    const orphan = await register(newCitizenId('20081130'), 'orphan');
    const leftBehind = await register(newCitizenId('20121130'), 'left-behind');
    await runJob();
    expect((await get(`/api/v1/children/${orphan}`)).body.status).toBe('active');

    clock.set(new Date('2026-11-30T02:00:00Z'));
    await runJob();
    await runJob();
    expect((await get(`/api/v1/children/${orphan}`)).body).toMatchObject({ status: 'closed', closedReason: 'adult', closedOn: '2026-11-30' });
    expect((await get(`/api/v1/children/${leftBehind}`)).body.status).toBe('active');
    const plans = await get(`/api/v1/resettlement-plans?childId=${orphan}`);
    expect(plans.body.items).toEqual([expect.objectContaining({ status: 'open', adultOn: '2026-11-30' })]);
    expect((await db.query(`SELECT count(*)::int AS n FROM child_welfare.resettlement_plan WHERE child_id = $1`, [orphan]))[0].n).toBe(1);

    const id = plans.body.items[0].id;
    const planned = await post(
      `/api/v1/resettlement-plans/${id}/plan`,
      { tracks: ['housing', 'employment'], measures: '公租房申请, 职业技能培训' },
      { 'if-match': '"1"' },
    );
    expect(planned.body).toMatchObject({ status: 'planned', tracks: ['housing', 'employment'], version: 2 });
    expect((await post(`/api/v1/resettlement-plans/${id}/plan`, { tracks: ['education'], measures: 'x' })).status).toBe(409);
    expect((await post(`/api/v1/resettlement-plans/${id}/follow-ups`, { on: '2026-11-01', notes: '早于成年' })).status).toBe(422);
    expect((await post(`/api/v1/resettlement-plans/${id}/follow-ups`, { on: '2026-11-30', notes: '已入住' })).body.followUps).toHaveLength(1);
    expect((await post(`/api/v1/resettlement-plans/${id}/plan`, { tracks: [], measures: 'x' })).status).toBe(400);
    expect((await post(`/api/v1/resettlement-plans/${id}/closure`, { closedOn: '2026-11-30', reason: '已稳定就业' })).body.status).toBe('closed');
  });

  it('resettles a de-facto unattended child who came of age earlier and was missed, with the 18th birthday as the date', async () => {
    const missed = await register(newCitizenId('20090101'), 'de-facto-unattended');
    clock.set(new Date('2027-01-10T02:00:00Z'));
    await runJob();
    expect((await get(`/api/v1/children/${missed}`)).body).toMatchObject({ status: 'closed', closedReason: 'adult', closedOn: '2027-01-01' });
  });
});
