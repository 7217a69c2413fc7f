import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { newBirthDate, newCitizenId, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES, member, seedDivisions } from './support/fixtures';

describe('assistance applications: from submission to benefit', () => {
  const clock = new ControllableClock(new Date('2026-03-02T02:00:00Z'));
  let assistance: TestService;
  let officer: string;
  let portal: string;
  let db: DataSource;

  beforeAll(async () => {
    assistance = await startTestService(AppModule, service, { overrides: [{ provide: CLOCK, useValue: clock }] });
    await seedDivisions(assistance);
    db = assistance.app.get(DataSource);
    officer = await testToken(ALL_ROLES, 'district-officer', 'minzheng-backoffice');
    portal = await testToken(['assistance:application.submit', 'assistance:application.read'], 'citizen-portal', 'yiwangtongban');
  });
  afterAll(() => assistance.close());
  beforeEach(() => clock.set(new Date('2026-03-02T02:00:00Z')));

  const post = (url: string, body: unknown, token = officer) => assistance.request({ method: 'POST', url, token, body });
  async function household(members = [member({ monthlyIncome: '400.00' }), member({ relation: 'child', monthlyIncome: '0' })]) {
    const res = await post('/api/v1/households', { divisionCode: '310104003', address: '测试路1号', members });
    expect(res.status).toBe(201);
    return res.body;
  }
  async function throughNotice(householdBody: { id: string; members: { citizenId: string }[] }, verifiedIncome = '300.00') {
    const submitted = await post('/api/v1/applications', { householdId: householdBody.id, programme: 'dibao' }, portal);
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    expect((await post(`/api/v1/applications/${id}/verification-start`, {})).body.status).toBe('verifying');
    const verified = await post(`/api/v1/applications/${id}/verification`, {
      members: [{ citizenId: householdBody.members[0].citizenId, monthlyIncome: verifiedIncome, assets: '1000.00' }],
      note: '核对平台比对',
    });
    expect(verified.body.status).toBe('community-review');
    const review = await post(`/api/v1/applications/${id}/community-review`, { recommendation: 'grant', opinion: '民主评议通过' });
    expect(review.body).toMatchObject({ status: 'public-notice', noticeEndsOn: '2026-03-09' });
    return id as string;
  }

  it('computes the gap from the totals, exact to the fen (1000 yuan among three: 1420 x 3 - 1000, not (1420 - 333.33) x 3)', async () => {
    const h = await household([
      member({ monthlyIncome: '1000.00' }),
      member({ relation: 'spouse', monthlyIncome: '0' }),
      member({ relation: 'child', monthlyIncome: '0' }),
    ]);
    const id = await throughNotice(h, '1000.00');
    // The verified members are named by citizen ID: masked for a caller without personal-data.read.
    const asPortal = await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: portal });
    const verified = h.members[0].citizenId;
    expect(asPortal.body.verification.members[0].citizenId).toBe(`${verified.slice(0, 6)}********${verified.slice(14)}`);
    expect(JSON.stringify(asPortal.body)).not.toContain(verified);
    // A service wildcard is no grant of personal data: only a role naming it is.
    const asWildcard = await assistance.request({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      token: await testToken(['assistance:*', 'platform:admin']),
    });
    expect(asWildcard.status).toBe(200);
    expect(JSON.stringify(asWildcard.body)).not.toContain(verified);
    const asOfficer = await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer });
    expect(asOfficer.body.verification.members[0].citizenId).toBe(verified);
    clock.advanceDays(8);
    const granted = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合低保条件' });
    expect(granted.status).toBe(200);
    const benefit = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${granted.body.benefitId}`, token: officer });
    expect(benefit.body).toMatchObject({ monthlyAmount: '3260.00', recipients: 3 });
  });

  /** An application through verification, review and notice to the decision, on the test clock. */
  async function decided(
    householdBody: { id: string; members: { citizenId: string }[] },
    programme: string,
    legalSupporters: { name: string; relation: string; ableToSupport: boolean }[] | null = [],
  ) {
    const id = (await post('/api/v1/applications', { householdId: householdBody.id, programme }, portal)).body.id;
    await post(`/api/v1/applications/${id}/verification-start`, {});
    await post(`/api/v1/applications/${id}/verification`, {
      members: [{ citizenId: householdBody.members[0].citizenId, monthlyIncome: '0', assets: '0' }],
      ...(legalSupporters ? { legalSupporters } : {}),
      note: '核对',
    });
    await post(`/api/v1/applications/${id}/community-review`, { recommendation: 'grant', opinion: '评议通过' });
    clock.advanceDays(8);
    return post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合条件' });
  }

  it('holds 低保, 特困 and 支出型 one at a time: 特困 replaces 低保 from its start (转类); 低保 is refused beside 特困', async () => {
    const elder = await household([member({ citizenId: newCitizenId(newBirthDate(1930)), monthlyIncome: '0' })]);
    const onDibao = await decided(elder, 'dibao');
    expect(onDibao.status).toBe(200);
    const onTekun = await decided(elder, 'tekun');
    expect(onTekun.status).toBe(200);
    const dibao = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${onDibao.body.benefitId}`, token: officer });
    const tekun = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${onTekun.body.benefitId}`, token: officer });
    expect(tekun.body).toMatchObject({ programme: 'tekun', status: 'active' });
    // 低保 is last paid for the month before 特困 starts.
    expect(dibao.body.status).toBe('terminated');
    expect(new Date(`${dibao.body.endsOn}T00:00:00Z`).getTime()).toBe(new Date(`${tekun.body.startsOn}T00:00:00Z`).getTime() - 86_400_000);

    const backToDibao = await decided(elder, 'dibao');
    expect(backToDibao.status).toBe(422);
    expect(backToDibao.body.code).toBe('BENEFIT.EXCLUSIVE_PROGRAMME_HELD');
  });

  it('prices 支出型 on income less essential spending (刚性支出) against half its standard, not the plain gap', async () => {
    const h = await household([member({ monthlyIncome: '2000.00' }), member({ relation: 'spouse', monthlyIncome: '0' })]);
    const id = (await post('/api/v1/applications', { householdId: h.id, programme: 'zhichuxing' }, portal)).body.id;
    await post(`/api/v1/applications/${id}/verification-start`, {});
    const verified = await post(`/api/v1/applications/${id}/verification`, {
      members: [{ citizenId: h.members[0].citizenId, monthlyIncome: '2000.00', assets: '0' }],
      monthlyEssentialSpending: '1500.00',
      note: '重病医疗支出',
    });
    expect(verified.body.status).toBe('community-review');
    await post(`/api/v1/applications/${id}/community-review`, { recommendation: 'grant', opinion: '评议通过' });
    clock.advanceDays(8);
    const granted = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合支出型贫困条件' });
    expect(granted.status).toBe(200);
    const benefit = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${granted.body.benefitId}`, token: officer });
    // 2840.00 x 50% x 2 - (2000.00 - 1500.00); the plain gap on 2840.00 would be 3680.00.
    expect(benefit.body).toMatchObject({ programme: 'zhichuxing', monthlyAmount: '2340.00', recipients: 2 });
  });

  it('grants 急难型临时救助 at once (先行救助), without the notice, and reviews it after: a revoked grant ends from its start', async () => {
    const h = await household();
    const submit = async (programme: string) => (await post('/api/v1/applications', { householdId: h.id, programme }, portal)).body.id as string;
    const urgent = await submit('linshi');
    const granted = await post(`/api/v1/applications/${urgent}/emergency-grant`, { reason: '住房失火, 生活无着', amount: '3000.00' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', decision: { emergency: { reviewDueOn: '2026-03-09', review: null } } });
    const benefit = () => assistance.request({ method: 'GET', url: `/api/v1/benefits/${granted.body.benefitId}`, token: officer });
    // Paid from this month: the 2 March grant is in March's run.
    expect((await benefit()).body).toMatchObject({ programme: 'linshi', monthlyAmount: '3000.00', startsOn: '2026-03-01', status: 'active' });

    const notAllowed = await post(`/api/v1/applications/${await submit('dibao')}/emergency-grant`, { reason: '急', amount: '1.00' });
    expect(notAllowed.status).toBe(422);
    expect(notAllowed.body.type).toBe('urn:civic:problem:application.no-emergency-grant');

    const revoked = await post(`/api/v1/applications/${urgent}/post-review`, { outcome: 'revoked', reason: '补充核对发现隐瞒收入' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'rejected', decision: { emergency: { review: { outcome: 'revoked' } } } });
    expect((await benefit()).body).toMatchObject({ status: 'terminated', endsOn: '2026-02-28' });
    const again = await post(`/api/v1/applications/${urgent}/post-review`, { outcome: 'confirmed', reason: 'x' });
    expect(again.status).toBe(409);

    // A review not done by its day is listed overdue until it is.
    const pending = await submit('linshi');
    expect((await post(`/api/v1/applications/${pending}/emergency-grant`, { reason: '突发重病', amount: '5000.00' })).status).toBe(200);
    const overdue = async () =>
      (await assistance.request({ method: 'GET', url: '/api/v1/applications/overdue?divisionCode=310104&limit=200', token: officer })).body.items.map(
        (a: { id: string }) => a.id,
      );
    expect(await overdue()).not.toContain(pending);
    clock.advanceDays(8);
    expect(await overdue()).toContain(pending);
    expect((await post(`/api/v1/applications/${pending}/post-review`, { outcome: 'confirmed', reason: '情况属实' })).body.status).toBe('granted');
    expect(await overdue()).not.toContain(pending);
  });

  it('grants 特困 only when verification found no legal supporter able to support (法定义务人)', async () => {
    const elder = () => household([member({ citizenId: newCitizenId(newBirthDate(1930)), monthlyIncome: '0' })]);
    const supported = await decided(await elder(), 'tekun', [
      { name: '王小明', relation: 'child', ableToSupport: true },
      { name: '王小红', relation: 'child', ableToSupport: false },
    ]);
    expect(supported.status).toBe(422);
    expect(supported.body.code).toBe('APPLICATION.NOT_ELIGIBLE');
    expect(supported.body.detail).toContain('1 legal supporter(s) (法定义务人) able to support');
    const unexamined = await decided(await elder(), 'tekun', null);
    expect(unexamined.status).toBe(422);
    expect(unexamined.body.detail).toContain('legal supporters (法定赡养抚养扶养义务人) were not verified');
    const unable = await decided(await elder(), 'tekun', [{ name: '王小红', relation: 'child', ableToSupport: false }]);
    expect(unable.status).toBe(200);
  });

  it("ends a dissolved household's benefits from next month, with their event", async () => {
    const h = await household([member({ monthlyIncome: '0' })]);
    const granted = await decided(h, 'dibao');
    expect(granted.status).toBe(200);
    const dissolved = await post(`/api/v1/households/${h.id}/dissolution`, { reason: '户籍迁出本市' });
    expect(dissolved.status).toBe(200);
    const benefit = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${granted.body.benefitId}`, token: officer });
    // Decided on 10 March for April on: dissolved in March, it is never paid.
    expect(benefit.body).toMatchObject({ status: 'terminated', startsOn: '2026-04-01', endsOn: '2026-03-31' });
    const [event] = await db.query(`SELECT payload FROM assistance.outbox WHERE message_key = $1 AND event_type = 'assistance.benefit.terminated.v1'`, [
      granted.body.benefitId,
    ]);
    expect(event.payload).toMatchObject({ effectiveOn: '2026-04-01' });
  });

  it('walks the whole lifecycle: the decision waits for the 7-day notice, an objection interrupts it, the grant creates the gap benefit', async () => {
    const h = await household();
    const id = await throughNotice(h);

    const early = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合条件' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:application.in-public-notice');

    clock.advanceDays(3);
    const objection = await post(`/api/v1/applications/${id}/objections`, { raisedBy: '邻居', grounds: '有未申报收入' });
    expect(objection.status).toBe(201);
    clock.advanceDays(5); // the original notice would have ended; the open objection still blocks
    const blocked = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合条件' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.type).toBe('urn:civic:problem:application.objection-open');

    const dismissed = await post(`/api/v1/applications/${id}/objections/${objection.body.id}/resolution`, { upheld: false, resolution: '经核实无未申报收入' });
    expect(dismissed.body).toMatchObject({ status: 'dismissed', resolution: '经核实无未申报收入' });
    const restarted = await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer });
    expect(restarted.body).toMatchObject({ status: 'public-notice', noticeStartsOn: '2026-03-10', noticeEndsOn: '2026-03-17' });

    // The restarted notice runs 11-17 March (its first day is not counted): the 17th is still inside it.
    clock.advanceDays(7);
    const lastDay = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合低保条件' });
    expect(lastDay.status).toBe(409);
    expect(lastDay.body.detail).toMatch(/decision can be made from 2026-03-18/);
    clock.advanceDays(1);
    const granted = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '符合低保条件' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', decision: { outcome: 'granted', decidedBy: 'district-officer', decidedOn: '2026-03-18' } });

    // 低保 gap: verified per-capita income (300 + 0) / 2 = 150; (1420 - 150) x 2 = 2540.
    const benefit = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${granted.body.benefitId}`, token: officer });
    expect(benefit.body).toMatchObject({
      programme: 'dibao',
      status: 'active',
      monthlyAmount: '2540.00',
      recipients: 2,
      startsOn: '2026-04-01',
      householdId: h.id,
    });

    const details = await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer });
    expect(details.body.transitions.map((t: { to: string }) => t.to)).toEqual([
      'submitted',
      'verifying',
      'community-review',
      'public-notice',
      'awaiting-decision',
      'granted',
    ]);
    expect(details.body.transitions[0]).toMatchObject({ actor: 'citizen-portal', system: 'yiwangtongban' });
    expect(details.body.transitions[5]).toMatchObject({ actor: 'district-officer', system: 'minzheng-backoffice', reason: '符合低保条件' });
    expect(details.body.channel).toBe('yiwangtongban');

    const events = await db.query(`SELECT event_type FROM assistance.outbox WHERE message_key = $1 ORDER BY id`, [id]);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual([
      'assistance.application.submitted.v1',
      ...Array(5).fill('assistance.application.status-changed.v1'),
      'assistance.application.decided.v1',
    ]);
    const grantedEvent = await db.query(`SELECT payload FROM assistance.outbox WHERE message_key = $1 AND event_type = 'assistance.benefit.granted.v1'`, [
      granted.body.benefitId,
    ]);
    expect(grantedEvent[0].payload).toMatchObject({
      monthlyAmount: '2540.00',
      startsOn: '2026-04-01',
      memberCitizenIds: h.members.map((m: { citizenId: string }) => m.citizenId),
    });

    const audit = await assistance.request({ method: 'GET', url: `/api/v1/audit-log?resourceId=${id}`, token: officer });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('application.decide');

    // A second 低保 for the same household is refused while this one is open.
    const again = await post('/api/v1/applications', { householdId: h.id, programme: 'dibao' }, portal);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:civic:problem:benefit.already-active');
  });

  it('an upheld objection sends the case back to verification', async () => {
    const id = await throughNotice(await household());
    const objection = await post(`/api/v1/applications/${id}/objections`, { raisedBy: '居民', grounds: '名下有车' });
    const upheld = await post(`/api/v1/applications/${id}/objections/${objection.body.id}/resolution`, { upheld: true, resolution: '确有车辆未申报' });
    expect(upheld.body.status).toBe('upheld');
    const after = await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer });
    expect(after.body).toMatchObject({ status: 'verifying', noticeEndsOn: null });
    const again = await post(`/api/v1/applications/${id}/objections/${objection.body.id}/resolution`, { upheld: false, resolution: 'x' });
    expect(again.status).toBe(409);
  });

  it('refuses a grant the means test fails (422) and records a rejection with its reason; an upheld appeal reopens the decision', async () => {
    const h = await household([member({ monthlyIncome: '5000.00' })]);
    const id = await throughNotice(h, '5000.00');
    clock.advanceDays(8);
    const refused = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: '拟批准' });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('urn:civic:problem:application.not-eligible');
    expect(refused.body.detail).toMatch(/exceeds 1420.00/);
    expect((await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer })).body.status).toBe('public-notice');

    const rejected = await post(`/api/v1/applications/${id}/decision`, { outcome: 'rejected', reason: '人均收入高于低保标准' });
    expect(rejected.body).toMatchObject({ status: 'rejected', benefitId: null });
    const appeal = await post(`/api/v1/applications/${id}/appeals`, { raisedBy: '申请人', grounds: '收入已下降' });
    expect(appeal.status).toBe(201);
    const reopened = await post(`/api/v1/applications/${id}/objections/${appeal.body.id}/resolution`, { upheld: true, resolution: '复核: 需重新审批' });
    expect(reopened.status).toBe(200);
    expect((await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer })).body.status).toBe('awaiting-decision');
  });

  describe('refused transitions and bad input change nothing', () => {
    it('refuses steps out of order with 409 and a problem type that says why', async () => {
      const h = await household();
      const submitted = await post('/api/v1/applications', { householdId: h.id, programme: 'dibao' }, portal);
      const id = submitted.body.id;
      const review = await post(`/api/v1/applications/${id}/community-review`, { recommendation: 'grant', opinion: 'x' });
      expect(review.status).toBe(409);
      expect(review.body.type).toBe('urn:civic:problem:application.illegal-transition');
      expect(review.body.detail).toMatch(/while the application is submitted/);
      const decide = await post(`/api/v1/applications/${id}/decision`, { outcome: 'granted', reason: 'x' });
      expect(decide.status).toBe(409);
      const appeal = await post(`/api/v1/applications/${id}/appeals`, { raisedBy: 'x', grounds: 'y' });
      expect(appeal.status).toBe(409);
      const after = await assistance.request({ method: 'GET', url: `/api/v1/applications/${id}`, token: officer });
      expect(after.body).toMatchObject({ status: 'submitted', version: 1 });
      expect(after.body.transitions).toHaveLength(1);

      const withdrawn = await post(`/api/v1/applications/${id}/withdrawal`, { reason: '不再申请' }, portal);
      expect(withdrawn.body.status).toBe('withdrawn');
      expect((await post(`/api/v1/applications/${id}/verification-start`, {})).status).toBe(409);
    });

    it.each([
      ['an unknown programme', (h: string) => ({ householdId: h, programme: 'free-money' }), 422, 'urn:civic:problem:programme.unknown'],
      ['an unknown household', () => ({ householdId: '4b0a3f3e-8c4e-4d3a-9f0e-2b7c1d5e6f70', programme: 'dibao' }), 422, 'urn:civic:problem:household.unknown'],
      ['a malformed household id', () => ({ householdId: 'abc', programme: 'dibao' }), 400, 'urn:civic:problem:validation'],
    ])('%s', async (_what, body, status, type) => {
      const h = await household();
      const before = (await db.query(`SELECT count(*)::int AS n FROM assistance.application`))[0].n;
      const res = await post('/api/v1/applications', body(h.id), portal);
      expect(res.status).toBe(status);
      expect(res.body.type).toBe(type);
      expect((await db.query(`SELECT count(*)::int AS n FROM assistance.application`))[0].n).toBe(before);
    });

    it('lets applicant systems submit but not decide', async () => {
      const h = await household();
      const submitted = await post('/api/v1/applications', { householdId: h.id, programme: 'dibao' }, portal);
      expect((await post(`/api/v1/applications/${submitted.body.id}/decision`, { outcome: 'granted', reason: 'x' }, portal)).status).toBe(403);
      expect((await post(`/api/v1/applications/${submitted.body.id}/verification-start`, {}, portal)).status).toBe(403);
    });
  });

  it('replays a submission sent again with the same Idempotency-Key instead of filing a second one', async () => {
    const h = await household();
    const send = (body: object) =>
      assistance.request({ method: 'POST', url: '/api/v1/applications', token: portal, body, headers: { 'idempotency-key': `submit-${h.id}` } });
    const first = await send({ householdId: h.id, programme: 'dibao' });
    const again = await send({ householdId: h.id, programme: 'dibao' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const reused = await send({ householdId: h.id, programme: 'tekun' });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe('urn:civic:problem:idempotency-key-reused');
    expect((await db.query(`SELECT count(*)::int AS n FROM assistance.application WHERE household_id = $1`, [h.id]))[0].n).toBe(1);
  });

  it('lists applications past their stage time limit per district', async () => {
    const h = await household();
    const submitted = await post('/api/v1/applications', { householdId: h.id, programme: 'dibao' }, portal);
    // 5 days from Monday 2 March end on Saturday 7 March: due the Monday after (Civil Code art. 203).
    expect(submitted.body.stageDueOn).toBe('2026-03-09');
    const notYet = await assistance.request({ method: 'GET', url: '/api/v1/applications/overdue?divisionCode=310104&limit=200', token: officer });
    expect(notYet.body.items.map((a: { id: string }) => a.id)).not.toContain(submitted.body.id);
    clock.advanceDays(8);
    const overdue = await assistance.request({ method: 'GET', url: '/api/v1/applications/overdue?divisionCode=310104&limit=200', token: officer });
    expect(overdue.body.items.map((a: { id: string }) => a.id)).toContain(submitted.body.id);
    const elsewhere = await assistance.request({ method: 'GET', url: '/api/v1/applications/overdue?divisionCode=310115&limit=200', token: officer });
    expect(elsewhere.body.items.map((a: { id: string }) => a.id)).not.toContain(submitted.body.id);
    const listed = await assistance.request({
      method: 'GET',
      url: `/api/v1/applications?status=submitted&programme=dibao&householdId=${h.id}&from=2026-03-02&to=2026-03-02`,
      token: officer,
    });
    expect(listed.body.page.total).toBe(1);
  });
});
