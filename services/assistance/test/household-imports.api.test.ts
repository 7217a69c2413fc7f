import { eventually, startTestService, testToken, TestService } from '@civic/testing';
import { UnitOfWork } from '@civic/platform';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { HOUSEHOLD_IMPORT_REPOSITORY, HouseholdImportRepository } from '../src/household-import/domain/household-import.repository';
import { householdImportLease, ImportWorker } from '../src/household-import/application/import-worker';
import { AppModule } from '../src/app.module';
import { MAX_IMPORT_ROWS } from '../src/household-import/domain/import-rows';
import { service } from '../src/service';
import { ALL_ROLES, member, newBirthDate, newCitizenId, seedDivisions } from './support/fixtures';

describe('assistance bulk household import (批量导入)', () => {
  let assistance: TestService;
  let officer: string;
  let db: DataSource;

  beforeAll(async () => {
    assistance = await startTestService(AppModule, service);
    await seedDivisions(assistance);
    db = assistance.app.get(DataSource);
    officer = await testToken(ALL_ROLES, 'xuhui-importer', 'district-system', ['310104']);
  });
  afterAll(() => assistance.close());

  const upload = (csv: string, token = officer) =>
    assistance.request({ method: 'POST', url: '/api/v1/household-imports', token, body: csv, headers: { 'content-type': 'text/csv' } });
  const header = 'householdRef,divisionCode,address,citizenId,name,relation,monthlyIncome,assets,disabilityGrade';

  it('imports valid households in the background and reports every rejected row with its reason, writing nothing for them', async () => {
    const existing = member();
    await assistance.request({
      method: 'POST',
      url: '/api/v1/households',
      token: officer,
      body: { divisionCode: '310104003', address: '已在册', members: [existing] },
    });
    const [a1, a2, b1, c1, c2, d1, e1] = Array.from({ length: 7 }, () => newCitizenId(newBirthDate()));
    const badCheck = b1.slice(0, 17) + (b1[17] === '1' ? '2' : '1');
    const csv = [
      header,
      `A,310104003,天平路1号,${a1},甲,head,800.00,1000,`,
      `A,310104003,天平路1号,${a2},乙,spouse,0,0,2`,
      `B,310104003,天平路2号,${newCitizenId(newBirthDate())},丙,head,100,0,`,
      `B,310104003,天平路2号,${badCheck},丁,child,0,0,`,
      `C,310104004,湖南路3号,${c1},戊,head,100,0,`,
      `C,310104004,湖南路4号,${c2},己,spouse,100,0,`,
      `D,310104004,湖南路5号,${d1},庚,head,-5,0,`,
      `E,310104004,湖南路6号,${e1},辛,head,100,0,`,
      `E,310104004,湖南路6号,${existing.citizenId},壬,spouse,0,0,`,
      // A reference a spreadsheet would run as a formula: the report defuses it.
      `=1+1,310115001,浦东路7号,${newCitizenId(newBirthDate())},癸,head,0,0,`,
    ].join('\n');
    const accepted = await upload(csv);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ totalRows: 10 });
    // The upload is audited by its hash and size, not copied into the audit log.
    const [audited] = await db.query(`SELECT details FROM assistance.audit_log WHERE action = 'household.import' AND resource_id = $1`, [accepted.body.id]);
    expect(audited.details.body).toEqual({ sha256: createHash('sha256').update(csv).digest('hex'), bytes: Buffer.byteLength(csv), rows: 10 });
    expect(JSON.stringify(audited.details)).not.toContain('天平路');
    const done = await eventually(
      () => assistance.request({ method: 'GET', url: `/api/v1/household-imports/${accepted.body.id}`, token: officer }),
      (r) => r.body.status === 'completed',
      { what: 'import completed' },
    );
    expect(done.body).toMatchObject({ progressPercent: 100, processedRows: 10, acceptedRows: 2, rejectedRows: 8, householdsCreated: 1 });

    const report = await assistance.request({ method: 'GET', url: `/api/v1/household-imports/${accepted.body.id}/report.csv`, token: officer });
    const lines = report.text.trim().split('\n');
    expect(lines[0]).toBe('rowNumber,householdRef,outcome,householdId,errors');
    const byRow = new Map(lines.slice(1).map((l) => [Number(l.split(',')[0]), l]));
    expect(byRow.get(1)).toMatch(/^1,A,accepted,[0-9a-f-]{36},$/);
    expect(byRow.get(4)).toMatch(/CITIZEN_ID.BAD_CHECK_CHARACTER/);
    expect(byRow.get(3)).toMatch(/rejected,,another row of this household was rejected/);
    expect(byRow.get(6)).toMatch(/IMPORT.HOUSEHOLD_INCONSISTENT/);
    expect(byRow.get(7)).toMatch(/HOUSEHOLD.NEGATIVE_AMOUNT|MONEY/);
    expect(byRow.get(9)).toMatch(/HOUSEHOLD.MEMBER_IN_ANOTHER_HOUSEHOLD/);
    expect(byRow.get(9)).not.toContain(existing.citizenId);
    expect(byRow.get(10)).toMatch(/DISTRICT_OUT_OF_SCOPE/);
    expect(byRow.get(10)).toMatch(/^10,'=1\+1,rejected,/);

    const imported = await db.query(`SELECT citizen_id FROM assistance.household_member WHERE citizen_id = ANY($1) AND active`, [[a1, a2, c1, c2, d1, e1]]);
    expect(imported.map((r: { citizen_id: string }) => r.citizen_id).sort()).toEqual([a1, a2].sort());
    const history = await db.query(
      `SELECT recorded_by FROM assistance.household_history h JOIN assistance.household_member m ON m.household_id = h.household_id WHERE m.citizen_id = $1`,
      [a1],
    );
    expect(history[0].recorded_by).toBe('xuhui-importer');
  });

  it.each([
    ['a wrong header', 'ref,division\nA,310104003', 422, /^urn:civic:problem:import\.header-invalid/],
    ['no rows', `${header}\n`, 422, /^urn:civic:problem:import\.empty/],
    ['not CSV (a body the document allows, refused by the parser)', `${header}\n"A,310104003,unterminated`, 422, /^urn:civic:problem:csv\.malformed/],
  ])('refuses %s and stores nothing', async (_what, csv, status, type) => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM assistance.household_import`))[0].n;
    const res = await upload(csv);
    expect(res.status).toBe(status);
    expect(res.body.type).toMatch(type);
    expect((await db.query(`SELECT count(*)::int AS n FROM assistance.household_import`))[0].n).toBe(before);
  });

  it('refuses a file past the row cap while it is still arriving, with 413, reading no further and storing nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM assistance.household_import`))[0].n;
    // An endless upload: were the body held before parsing, this request would never be answered.
    let rows = 0;
    const endless = new Readable({
      // Chunks come as from a network, each in a later turn of the event loop.
      read() {
        setImmediate(() => {
          if (rows === 0) this.push(`${header}\n`);
          for (let i = 0; i < 500; i += 1, rows += 1) this.push(`H${rows},310104003,天平路1号,${newCitizenId(newBirthDate())},甲,head,0,0,\n`);
        });
      },
    });
    const res = await assistance.app.inject({
      method: 'POST',
      url: '/api/v1/household-imports',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'text/csv' },
      payload: endless,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ status: 413, type: 'urn:civic:problem:csv.too-large', detail: expect.stringContaining(`${MAX_IMPORT_ROWS} rows`) });
    // Answered while the file was still arriving, a little past the cap.
    expect(rows).toBeGreaterThan(MAX_IMPORT_ROWS);
    expect(rows).toBeLessThan(MAX_IMPORT_ROWS + 100_000);
    endless.destroy();
    expect((await db.query(`SELECT count(*)::int AS n FROM assistance.household_import`))[0].n).toBe(before);
  });

  it('runs an import under a lease: while another replica holds it this one leaves the file alone, then imports it', async () => {
    const id = randomUUID();
    const rows = [0, 1, 2].map((i) => ({
      householdRef: `L${i}`,
      divisionCode: '310104003',
      address: `天平路${i}号`,
      citizenId: newCitizenId(newBirthDate()),
      name: '甲',
      relation: 'head',
      monthlyIncome: '0',
      assets: '0',
      disabilityGrade: '',
    }));
    const uploader = { subject: 'xuhui-importer', system: 'district-system', districts: ['310104'] };
    // Another replica's hold on the lease: the same advisory lock, from a connection of its own.
    const otherReplica = new Client({ connectionString: process.env.ASSISTANCE_DATABASE_URL ?? process.env.DATABASE_URL });
    await otherReplica.connect();
    try {
      await otherReplica.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [householdImportLease(id)]);
      await assistance.app.get(UnitOfWork).run(
        () =>
          assistance.app.get<HouseholdImportRepository>(HOUSEHOLD_IMPORT_REPOSITORY).create(
            id,
            rows.map((fields) => ({ groupRef: fields.householdRef, fields })),
            uploader,
          ),
        {
          actor: { ...uploader, roles: [] },
        },
      );
      const worker = assistance.app.get(ImportWorker);
      await worker.wake(id);
      const status = async () => (await db.query(`SELECT status, processed_rows FROM assistance.household_import WHERE id = $1`, [id]))[0];
      expect(await status()).toEqual({ status: 'queued', processed_rows: 0 });

      await otherReplica.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [householdImportLease(id)]);
      await worker.wake(id);
      expect(await status()).toEqual({ status: 'completed', processed_rows: 3 });
    } finally {
      await otherReplica.end();
    }
  });
});
