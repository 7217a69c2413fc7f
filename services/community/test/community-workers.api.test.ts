import { newCitizenId, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** 社区工作者 through the API: posts of a committee, workers on the 三岗十八级 scale, trainings, vacancies. Its own database. */
describe('community workers', () => {
  let app: TestService;
  let officer: string;
  let db: DataSource;
  let restore: () => void;

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const workers = async () => (await db.query(`SELECT count(*)::int AS n FROM community.community_worker`))[0].n as number;

  beforeAll(async () => {
    restore = await useFreshDatabase('community', 'civic_community_workers');
    app = await startTestService(AppModule, service, { consumers: false });
    officer = await testToken([
      'community:division.write',
      'community:division.read',
      'community:worker.read',
      'community:worker.write',
      'community:statistics.read',
    ]);
    db = app.app.get(DataSource);
    for (const [code, name] of [
      ['310104003', '天平路街道'],
      ['310104003001', '天平一居委会'],
      ['310115001', '潍坊新村街道'],
      ['310115001001', '潍坊一居委会'],
    ])
      expect((await post('/api/v1/divisions', { code, name, validFrom: '2026-01-01' })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('keeps the 三岗十八级 scale as data: each post spans its own grades', async () => {
    const grades = (await get('/api/v1/worker-grades')).body;
    const span = (p: string) => grades.filter((g: { post: string }) => g.post === p).map((g: { grade: number }) => g.grade);
    expect([Math.min(...span('officer')), Math.max(...span('officer'))]).toEqual([1, 12]);
    expect([Math.min(...span('head')), Math.max(...span('head'))]).toEqual([7, 18]);
    expect(grades.find((g: { post: string; grade: number }) => g.post === 'officer' && g.grade === 1)).toEqual({
      post: 'officer',
      grade: 1,
      monthlyPay: '6000.00',
    });
  });

  it('appoints one worker per post at a grade of its scale, records trainings and a departure, and counts vacancies', async () => {
    const officerPost = (await post('/api/v1/community-posts', { committeeCode: '310104003001', post: 'officer', title: '社区事务干事' })).body.id;
    const headPost = (await post('/api/v1/community-posts', { committeeCode: '310104003001', post: 'head', title: '居委会主任' })).body.id;
    expect((await post('/api/v1/community-posts', { committeeCode: '310104003', post: 'officer', title: 'x' })).status).toBe(422);

    const before = await workers();
    const offScale = await post('/api/v1/community-workers', {
      citizenId: newCitizenId('19900101'),
      name: '李社工',
      postId: officerPost,
      grade: 15,
      appointedOn: '2026-02-01',
    });
    expect(offScale.status).toBe(422);
    expect(offScale.body.type).toBe('urn:civic:problem:worker.grade-not-on-scale');
    expect(await workers()).toBe(before);

    const citizenId = newCitizenId('19900101');
    const appointed = await post('/api/v1/community-workers', { citizenId, name: '李社工', postId: officerPost, grade: 3, appointedOn: '2026-02-01' });
    expect(appointed.status).toBe(201);
    expect(appointed.body).toMatchObject({ post: 'officer', grade: 3, monthlyPay: '6800.00', committeeCode: '310104003001' });
    expect(appointed.body.citizenId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const id = appointed.body.id;
    const filled = await post('/api/v1/community-workers', {
      citizenId: newCitizenId('19910101'),
      name: '王社工',
      postId: officerPost,
      grade: 1,
      appointedOn: '2026-02-01',
    });
    expect(filled.status).toBe(409);
    expect(filled.body.type).toBe('urn:civic:problem:worker.post-filled');
    const twoPosts = await post('/api/v1/community-workers', { citizenId, name: '李社工', postId: headPost, grade: 7, appointedOn: '2026-02-01' });
    expect(twoPosts.status).toBe(409);
    expect(twoPosts.body.type).toBe('urn:civic:problem:worker.in-another-post');

    expect((await post(`/api/v1/community-workers/${id}/grade`, { grade: 4 })).body).toMatchObject({ grade: 4, monthlyPay: '7200.00', version: 2 });
    const trained = await post(`/api/v1/community-workers/${id}/trainings`, { course: '社区治理专题培训', hours: 16, completedOn: '2026-03-01' });
    expect(trained.body.trainings).toEqual([{ course: '社区治理专题培训', hours: 16, completedOn: '2026-03-01' }]);

    const stats = async () => (await get('/api/v1/statistics/community-workers?divisionCode=310104')).body;
    expect(await stats()).toEqual([{ districtCode: '310104', posts: 2, filled: 1, vacant: 1, byGrade: [{ grade: 4, workers: 1 }] }]);
    const vacant = (await get('/api/v1/community-posts?divisionCode=310104003&vacant=true')).body.items.map((p: { id: string }) => p.id);
    expect(vacant).toEqual([headPost]);

    expect((await post(`/api/v1/community-workers/${id}/departure`, { leftOn: '2026-06-30', reason: '辞职' })).body).toMatchObject({ leftOn: '2026-06-30' });
    expect(await stats()).toEqual([{ districtCode: '310104', posts: 2, filled: 0, vacant: 2, byGrade: [] }]);
    expect((await post(`/api/v1/community-workers/${id}/grade`, { grade: 5 })).status).toBe(409);
  });

  it('keeps district officers to their districts', async () => {
    const pudongPost = (await post('/api/v1/community-posts', { committeeCode: '310115001001', post: 'deputy', title: '副主任' })).body.id;
    const xuhui = await testToken(['community:worker.read', 'community:worker.write'], 'xuhui-officer', 'test-suite', ['310104']);
    const outside = await post(
      '/api/v1/community-workers',
      { citizenId: newCitizenId('19850101'), name: '赵社工', postId: pudongPost, grade: 5, appointedOn: '2026-02-01' },
      xuhui,
    );
    expect(outside.status).toBe(403);
    expect((await post('/api/v1/community-posts', { committeeCode: '310115001001', post: 'officer', title: 'x' }, xuhui)).status).toBe(403);
    expect((await get('/api/v1/community-posts', xuhui)).body.items.every((p: { committeeCode: string }) => p.committeeCode.startsWith('310104'))).toBe(true);
  });
});
