import { startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES, member, newBirthDate, newCitizenId, seedDivisions } from './support/fixtures';
import { seedPayableBenefits } from './support/seed-benefits';

describe('assistance households API', () => {
  let assistance: TestService;
  let officer: string;
  let maskedReader: string;
  let pudongOfficer: string;

  beforeAll(async () => {
    assistance = await startTestService(AppModule, service);
    await seedDivisions(assistance);
    officer = await testToken(ALL_ROLES);
    maskedReader = await testToken(['assistance:household.read']);
    pudongOfficer = await testToken(ALL_ROLES, 'pudong-officer', 'test-suite', ['310115']);
  });
  afterAll(() => assistance.close());

  const register = (body: unknown, token = officer) => assistance.request({ method: 'POST', url: '/api/v1/households', token, body });
  const countHouseholds = async () => Number((await assistance.app.get(DataSource).query(`SELECT count(*) AS n FROM assistance.household`))[0].n);

  it('registers a household with members, per-capita income, ETag and history', async () => {
    const head = member({ monthlyIncome: '1000.00', name: '王建国' });
    const res = await register({
      divisionCode: '310104003',
      address: '天平路100弄5号',
      members: [head, member({ relation: 'spouse', monthlyIncome: '300.50', assets: '2000' })],
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ divisionCode: '310104003', status: 'active', reviewStatus: 'clear', perCapitaMonthlyIncome: '650.25', version: 1 });
    expect(res.body.members[0]).toMatchObject({ citizenId: head.citizenId, relation: 'head', monthlyIncome: '1000.00' });

    const masked = await assistance.request({ method: 'GET', url: `/api/v1/households/${res.body.id}`, token: maskedReader });
    expect(masked.body.members[0].citizenId).toBe(`${head.citizenId.slice(0, 6)}********${head.citizenId.slice(14)}`);

    const moved = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${res.body.id}/move`,
      token: officer,
      body: { divisionCode: '310104004', address: '湖南路8号', reason: '搬迁' },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.status).toBe(200);
    expect(moved.headers.etag).toBe('"2"');
    const stale = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${res.body.id}/move`,
      token: officer,
      body: { divisionCode: '310104003', address: 'x', reason: 'y' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);

    const history = await assistance.request({ method: 'GET', url: `/api/v1/households/${res.body.id}/history`, token: maskedReader });
    expect(history.body.map((h: { change: string }) => h.change)).toEqual(['registered', 'moved']);
    expect(history.body[1]).toMatchObject({ reason: '搬迁', recordedBy: 'test-officer' });
    expect(JSON.stringify(history.body)).not.toContain(head.citizenId);
  });

  it('takes the open cases along when the household moves: the new district handles and pays them, the old loses them, the audit names them', async () => {
    const db = assistance.app.get(DataSource);
    const [benefit] = await seedPayableBenefits(db, { count: 1, divisions: ['310104003'], startsOn: '2026-01-01' });
    const [{ household_id: household, application_id: granted }] = await db.query(`SELECT household_id, application_id FROM assistance.benefit WHERE id = $1`, [
      benefit,
    ]);
    expect(
      (
        await assistance.request({
          method: 'POST',
          url: `/api/v1/households/${household}/members`,
          token: officer,
          body: { members: [member()], reason: '补录' },
        })
      ).status,
    ).toBe(200);
    const submitted = await assistance.request({
      method: 'POST',
      url: '/api/v1/applications',
      token: officer,
      body: { householdId: household, programme: 'tekun' },
    });
    expect(submitted.status).toBe(201);
    const open = submitted.body.id;
    const xuhuiOfficer = await testToken(ALL_ROLES, 'xuhui-officer', 'test-suite', ['310104']);
    const read = (url: string, token: string) => assistance.request({ method: 'GET', url, token });
    expect((await read(`/api/v1/benefits/${benefit}`, pudongOfficer)).status).toBe(403);

    const moved = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${household}/move`,
      token: officer,
      body: { divisionCode: '310115001', address: '浦东新区世纪大道1号', reason: '搬迁至浦东' },
    });
    expect(moved.status).toBe(200);
    expect((await read(`/api/v1/benefits/${benefit}`, pudongOfficer)).body).toMatchObject({ divisionCode: '310115001' });
    expect((await read(`/api/v1/applications/${open}`, pudongOfficer)).body).toMatchObject({ divisionCode: '310115001' });
    expect((await read(`/api/v1/benefits/${benefit}`, xuhuiOfficer)).status).toBe(403);
    expect((await read(`/api/v1/applications/${open}`, xuhuiOfficer)).status).toBe(403);
    // A decided application is the old district's record of what it decided: it stays.
    expect((await read(`/api/v1/applications/${granted}`, xuhuiOfficer)).body).toMatchObject({ divisionCode: '310104003' });
    const pudongBenefits = await read('/api/v1/benefits?divisionCode=310115', pudongOfficer);
    expect(pudongBenefits.body.items.map((b: { id: string }) => b.id)).toContain(benefit);

    const audit = await read(`/api/v1/audit-log?resourceId=${household}&action=household.move`, officer);
    expect(audit.body.items[0].details.effects).toEqual({ rehomed: { applications: [open], benefits: [benefit] } });
  });

  describe('bad input is refused with problem+json and writes nothing', () => {
    const valid = () => ({ divisionCode: '310104003', address: '某路1号', members: [member()] });
    const withMember = (overrides: Record<string, unknown>) => ({ ...valid(), members: [{ ...member(), ...overrides }] });
    const badCheck = (() => {
      const id = newCitizenId();
      return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    })();
    it.each([
      ['a wrong check character', withMember({ citizenId: badCheck }), 'members[0].citizenId', 'CITIZEN_ID.BAD_CHECK_CHARACTER'],
      ['an impossible birth date', withMember({ citizenId: '310104198002300011' }), 'members[0].citizenId', 'CITIZEN_ID.BAD_BIRTH_DATE'],
      ['a future birth date', withMember({ citizenId: newCitizenId('20990101') }), 'members[0].citizenId', 'CITIZEN_ID.FUTURE_BIRTH_DATE'],
      ['a negative income', withMember({ monthlyIncome: '-5.00' }), 'members[0].monthlyIncome', 'validation'],
      ['a non-numeric income', withMember({ monthlyIncome: 'abc' }), 'members[0].monthlyIncome', 'validation'],
      ['an unknown division', { ...valid(), divisionCode: '310104777' }, 'divisionCode', 'DIVISION.UNKNOWN'],
      ['a revoked division', { ...valid(), divisionCode: '310104099' }, 'divisionCode', 'DIVISION.REVOKED'],
      ['no head of household', withMember({ relation: 'spouse' }), 'members', 'HOUSEHOLD.ONE_HEAD'],
      ['an unknown field', { ...valid(), colour: 'red' }, 'colour', 'validation'],
    ])('%s', async (_what, body, field, code) => {
      const before = await countHouseholds();
      const res = await register(body);
      // 400: the request breaks the published schema; 422: it fits the schema but a rule refuses it.
      expect(res.status).toBe(code === 'validation' ? 400 : 422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.type).toBe(`urn:civic:problem:${code.toLowerCase().replace(/_/g, '-')}`);
      expect(JSON.stringify(res.body)).toContain(field);
      expect(await countHouseholds()).toBe(before);
    });
  });

  it('refuses a citizen already in another active household, and accepts them once that household is dissolved', async () => {
    const shared = member();
    const first = await register({ divisionCode: '310104003', address: '一号', members: [shared] });
    expect(first.status).toBe(201);
    const second = await register({ divisionCode: '310104004', address: '二号', members: [{ ...shared }] });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('urn:civic:problem:household.member-in-another-household');
    expect(second.body.detail).not.toContain(shared.citizenId);

    const dissolved = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${first.body.id}/dissolution`,
      token: officer,
      body: { reason: '户主迁出本市' },
    });
    expect(dissolved.body.status).toBe('dissolved');
    expect((await register({ divisionCode: '310104004', address: '二号', members: [{ ...shared }] })).status).toBe(201);
  });

  it('flags a suspected duplicate (same name, birth date and division under another ID) for review, and an officer clears it', async () => {
    const birth = newBirthDate(1960);
    await register({ divisionCode: '310104003', address: '三号', members: [member({ name: '李秀英', citizenId: newCitizenId(birth) })] });
    const suspect = await register({ divisionCode: '310104003', address: '四号', members: [member({ name: '李秀英', citizenId: newCitizenId(birth) })] });
    expect(suspect.status).toBe(201);
    expect(suspect.body.reviewStatus).toBe('flagged');
    expect(suspect.body.reviewNotes[0]).toMatch(/suspected duplicate/);

    const flagged = await assistance.request({ method: 'GET', url: '/api/v1/households?reviewStatus=flagged&divisionCode=310104003', token: officer });
    expect(flagged.body.items.map((h: { id: string }) => h.id)).toContain(suspect.body.id);

    const application = await assistance.request({
      method: 'POST',
      url: '/api/v1/applications',
      token: officer,
      body: { householdId: suspect.body.id, programme: 'dibao' },
    });
    expect(application.status).toBe(422);
    expect(application.body.type).toBe('urn:civic:problem:household.under-duplicate-review');

    const cleared = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${suspect.body.id}/review-clearance`,
      token: officer,
      body: { reason: '核实为同名同生日的两人' },
    });
    expect(cleared.body.reviewStatus).toBe('clear');
  });

  it('replaces the member list with a reason, re-screening duplicates, and keeps each version in the history', async () => {
    const head = member({ monthlyIncome: '900.00' });
    const created = await register({ divisionCode: '310104003', address: '九号', members: [head] });
    const taken = member();
    await register({ divisionCode: '310104004', address: '十号', members: [taken] });
    const clash = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${created.body.id}/members`,
      token: officer,
      body: { members: [head, { ...taken, relation: 'spouse' }], reason: '结婚' },
      headers: { 'if-match': '"1"' },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.errors[0].field).toBe('members[1].citizenId');
    const baby = member({ relation: 'child', citizenId: newCitizenId('20260101') });
    const replaced = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${created.body.id}/members`,
      token: officer,
      body: { members: [head, baby], reason: '新生儿落户' },
      headers: { 'if-match': '"1"' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ version: 2, perCapitaMonthlyIncome: '450.00' });
    const history = await assistance.request({ method: 'GET', url: `/api/v1/households/${created.body.id}/history`, token: officer });
    expect(history.body.map((h: { change: string }) => h.change)).toEqual(['registered', 'members-changed']);
    expect(history.body[1].snapshot.members).toHaveLength(2);
    expect(history.body[0].snapshot.members).toHaveLength(1);
  });

  it('reads a citizen ID by one rule in a body and a query: anything around the 18 characters is a 400', async () => {
    const id = newCitizenId(newBirthDate());
    for (const padded of [` ${id}`, `${id} `, `${id.slice(0, 9)} ${id.slice(9)}`]) {
      const created = await register({ divisionCode: '310104003', address: '天平路1号', members: [member({ citizenId: padded })] });
      expect(created.status).toBe(400);
      expect(created.body.errors[0].field).toBe('members[0].citizenId');
      const searched = await assistance.request({ method: 'GET', url: `/api/v1/households?citizenId=${encodeURIComponent(padded)}`, token: officer });
      expect(searched.status).toBe(400);
      expect(searched.body.errors[0].field).toBe('citizenId');
    }
    // The same ID as it is: a household is registered and found by it (lower-case x as well).
    expect((await register({ divisionCode: '310104003', address: '天平路1号', members: [member({ citizenId: id })] })).status).toBe(201);
    const found = await assistance.request({ method: 'GET', url: `/api/v1/households?citizenId=${id}`, token: officer });
    expect(found.body.items).toHaveLength(1);
  });

  it('keeps district officers to their districts', async () => {
    const xuhui = await register({ divisionCode: '310104003', address: '五号', members: [member()] });
    expect((await assistance.request({ method: 'GET', url: `/api/v1/households/${xuhui.body.id}`, token: pudongOfficer })).status).toBe(403);
    expect((await register({ divisionCode: '310104003', address: '六号', members: [member()] }, pudongOfficer)).status).toBe(403);
    const list = await assistance.request({ method: 'GET', url: '/api/v1/households?limit=200', token: pudongOfficer });
    expect(list.body.items.every((h: { divisionCode: string }) => h.divisionCode.startsWith('310115'))).toBe(true);
    const mine = await register({ divisionCode: '310115001', address: '七号', members: [member()] }, pudongOfficer);
    expect(mine.status).toBe(201);
  });

  it('audits every read that reveals citizen IDs, and no read that masks them', async () => {
    const created = await register({ divisionCode: '310104003', address: '审计路1号', members: [member()] });
    const url = `/api/v1/households/${created.body.id}`;
    const masked = await testToken(['assistance:household.read'], 'masked-reader', 'portal');
    const unmasked = await testToken(['assistance:household.read', 'assistance:personal-data.read'], 'case-worker', 'backoffice');
    expect((await assistance.request({ method: 'GET', url, token: masked })).status).toBe(200);
    expect((await assistance.request({ method: 'GET', url, token: unmasked })).status).toBe(200);
    const reads = await assistance.app
      .get(DataSource)
      .query(`SELECT actor_subject, actor_system, path, details FROM assistance.audit_log WHERE action = 'personal-data.read' AND path = $1`, [url]);
    expect(reads).toEqual([
      { actor_subject: 'case-worker', actor_system: 'backoffice', path: url, details: { revealed: ['unmasked citizen IDs'], query: null } },
    ]);
  });

  it('refuses callers without the permission', async () => {
    const reader = await testToken(['assistance:household.read']);
    expect((await register({ divisionCode: '310104003', address: '八号', members: [member()] }, reader)).status).toBe(403);
    expect((await assistance.request({ method: 'GET', url: '/api/v1/households' })).status).toBe(401);
  });
});
