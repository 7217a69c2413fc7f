import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { eventually, newCitizenId, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { PERSON_IMPORT_COLUMNS } from '../src/person-import/domain/person-import-rows';
import { service } from '../src/service';

/** 人房数据 批量导入 through the API: a committee's file loaded in the background, every refused row reported with its reason. Its own database. */
describe('community cloud imports', () => {
  let app: TestService;
  let importer: string;
  let db: DataSource;
  let restore: () => void;
  const clock = new ControllableClock(new Date('2026-06-01T02:00:00Z'));
  const header = PERSON_IMPORT_COLUMNS.join(',');

  const upload = (csv: string, token = importer) =>
    app.request({ method: 'POST', url: '/api/v1/person-imports', token, body: csv, headers: { 'content-type': 'text/csv' } });
  const completed = (id: string) =>
    eventually(
      () => app.request({ method: 'GET', url: `/api/v1/person-imports/${id}`, token: importer }),
      (r) => r.body.status === 'completed',
      { what: 'import completed' },
    );
  const report = async (id: string) => {
    const lines = (await app.request({ method: 'GET', url: `/api/v1/person-imports/${id}/report.csv`, token: importer })).text.trim().split('\n');
    return { header: lines[0], byRow: new Map(lines.slice(1).map((l) => [Number(l.split(',')[0]), l])) };
  };

  beforeAll(async () => {
    restore = await useFreshDatabase('community', 'civic_person_imports');
    app = await startTestService(AppModule, service, { overrides: [{ provide: CLOCK, useValue: clock }] });
    const city = await testToken(['community:division.write']);
    importer = await testToken(['community:person.import', 'community:person.read', 'community:personal-data.read'], 'xuhui-importer', 'district-system', [
      '310104',
    ]);
    db = app.app.get(DataSource);
    for (const [code, name] of [
      ['310104003', '天平路街道'],
      ['310104003001', '天平一居委会'],
      ['310104003002', '天平二居委会'],
      ['310115001', '潍坊新村街道'],
      ['310115001001', '潍坊一居委会'],
    ])
      expect((await app.request({ method: 'POST', url: '/api/v1/divisions', token: city, body: { code, name, validFrom: '2026-01-01' } })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  it('loads dwellings and residents by the API’s rules, refusing row by row (or a whole dwelling) with the reason, and never twice', async () => {
    const [a1, a2, b1, dup] = [newCitizenId('19500101'), newCitizenId('19520302'), newCitizenId('19800101'), newCitizenId('19700101')];
    const rows = [
      `310104003001,天平路100弄5号101室,apartment,${a1},王建国,2010-05-01`, // 1 accepted
      `310104003001,天平路100弄5号101室,apartment,${a2},李秀英,2010-05-01`, // 2 accepted, same dwelling
      `310104003002,天平路200号,house,${b1},张三,2020-01-01`, // 3 accepted
      `310104003002,天平路201号,house,310104195001011234,坏号码,2020-01-01`, // 4 bad check character
      `310104003,天平路街道办,apartment,${newCitizenId('19600101')},街道,2020-01-01`, // 5 dwelling not under a committee
      `310115001001,浦东大道1号,apartment,${newCitizenId('19600101')},浦东,2020-01-01`, // 6 outside the uploader's districts
      `310104003999,无此居委,apartment,${newCitizenId('19600101')},无名,2020-01-01`, // 7 no such committee
      `310104003002,天平路202号,apartment,${dup},赵四,2020-01-01`, // 8 accepted
      `310104003002,天平路203号,apartment,${dup},赵四,2020-01-01`, // 9 the same person twice in the file
      `310104003002,天平路204号,apartment,${newCitizenId('19600101')},钱五,2026-06-02`, // 10 moved in after today
    ];
    const accepted = await upload(`${header}\n${rows.join('\n')}\n`);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ totalRows: 10, status: 'queued' });
    expect((await completed(accepted.body.id)).body).toMatchObject({ progressPercent: 100, acceptedRows: 4, rejectedRows: 6, dwellingsCreated: 3 });

    const { header: reportHeader, byRow } = await report(accepted.body.id);
    expect(reportHeader).toBe('rowNumber,dwelling,outcome,personId,errors');
    for (const n of [1, 2, 3, 8]) expect(byRow.get(n)).toMatch(new RegExp(`^${n},.*,accepted,[0-9a-f-]{36},$`));
    expect(byRow.get(4)).toMatch(/CITIZEN_ID\./);
    expect(byRow.get(5)).toMatch(/DWELLING.NOT_UNDER_COMMITTEE/);
    expect(byRow.get(6)).toMatch(/DISTRICT_OUT_OF_SCOPE/);
    expect(byRow.get(7)).toMatch(/DWELLING.COMMITTEE_UNKNOWN/);
    expect(byRow.get(9)).toMatch(/PERSON.EXISTS/);
    expect(byRow.get(10)).toMatch(/PERSON.IN_FUTURE/);
    expect(byRow.get(9)).not.toContain(dup);

    const persons = await app.request({ method: 'GET', url: '/api/v1/persons?divisionCode=310104003001', token: importer });
    expect(persons.body.items.map((p: { citizenId: string }) => p.citizenId).sort()).toEqual([a1, a2].sort());
    const [residence] = await db.query(
      `SELECT r.from_date::text AS from_date, d.address FROM community.person_residence r JOIN community.person p ON p.id = r.person_id JOIN community.dwelling d ON d.id = r.dwelling_id WHERE p.citizen_id = $1`,
      [a1],
    );
    expect(residence).toEqual({ from_date: '2010-05-01', address: '天平路100弄5号101室' });
    expect((await db.query(`SELECT count(*)::int AS n FROM community.dwelling WHERE committee_code NOT LIKE '310104003%'`))[0].n).toBe(0);

    // The same file again: every resident is already in the cloud, the dwellings are reused, nothing is added.
    const again = await upload(`${header}\n${rows.slice(0, 3).join('\n')}\n`);
    expect((await completed(again.body.id)).body).toMatchObject({ acceptedRows: 0, rejectedRows: 3, dwellingsCreated: 0 });
    expect((await report(again.body.id)).byRow.get(1)).toMatch(/PERSON.EXISTS/);
    expect((await db.query(`SELECT count(*)::int AS n FROM community.person`))[0].n).toBe(4);
  });

  it.each([
    ['a wrong header', 'committee,address\n310104003001,x', 422, 'urn:civic:problem:import.header-invalid'],
    ['no rows', `${header}\n`, 422, 'urn:civic:problem:import.empty'],
    ['not CSV', `${header}\n"310104003001,unterminated`, 422, 'urn:civic:problem:csv.malformed'],
  ])('refuses %s and stores nothing', async (_what, csv, status, type) => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM community.person_import`))[0].n;
    const refused = await upload(csv);
    expect([refused.status, refused.body.type]).toEqual([status, type]);
    expect((await db.query(`SELECT count(*)::int AS n FROM community.person_import`))[0].n).toBe(before);
  });

  it('shows an import only within its uploader’s districts', async () => {
    const accepted = await upload(`${header}\n310104003001,天平路300号,apartment,${newCitizenId('19600101')},孙六,2020-01-01\n`);
    await completed(accepted.body.id);
    const pudong = await testToken(['community:person.import'], 'pudong-importer', 'district-system', ['310115']);
    expect((await app.request({ method: 'GET', url: `/api/v1/person-imports/${accepted.body.id}`, token: pudong })).status).toBe(404);
  });
});
