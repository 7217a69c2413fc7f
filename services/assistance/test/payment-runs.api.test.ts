import { ControllableClock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { eventually, useFreshDatabase, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { DEFAULT_PAYMENT_RUN_OPTIONS, PAYMENT_RUN_OPTIONS } from '@civic/payment-run';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES, member, newBirthDate, newCitizenId, seedDivisions } from './support/fixtures';
import { seedPayableBenefits } from './support/seed-benefits';

/** Payment runs pay every payable benefit in the database, so they get a database of their own. */
describe('assistance monthly payment runs', () => {
  let restoreDatabase: (() => void) | undefined;
  let assistance: TestService;
  let db: DataSource;
  let officer: string;
  let benefits: string[];
  let suspended: string;
  let fullAmount: string[]; // 1420.00 a month, in district 310104
  // Runs open from the 20th of the month before (the default): on 21 December, January may run.
  const clock = new ControllableClock(new Date('2026-12-21T02:00:00Z'));

  beforeAll(async () => {
    restoreDatabase = await useFreshDatabase('assistance', 'civic_payment_runs');
    assistance = await startTestService(AppModule, service, {
      overrides: [
        { provide: PAYMENT_RUN_OPTIONS, useValue: { ...DEFAULT_PAYMENT_RUN_OPTIONS, batchSize: 7, leaseMs: 1500, sweepMs: 200 } },
        { provide: CLOCK, useValue: clock },
      ],
    });
    await seedDivisions(assistance);
    db = assistance.app.get(DataSource);
    officer = await testToken(ALL_ROLES);
    fullAmount = await seedPayableBenefits(db, { count: 25, divisions: ['310104003', '310104004'], startsOn: '2026-01-01', amountFen: 142000 });
    benefits = [...fullAmount, ...(await seedPayableBenefits(db, { count: 15, divisions: ['310115001'], startsOn: '2026-03-01', amountFen: 50050 }))].sort();
    // Not payable: starts later, suspended, ended before the month.
    const [later] = await seedPayableBenefits(db, { count: 1, divisions: ['310104003'], startsOn: '2026-12-01' });
    let ended: string;
    [suspended, ended] = await seedPayableBenefits(db, { count: 2, divisions: ['310104003'], startsOn: '2026-01-01' });
    await db.query(`UPDATE assistance.benefit SET status = 'suspended' WHERE id = $1`, [suspended]);
    await db.query(
      `INSERT INTO assistance.benefit_status_change (benefit_id, from_status, to_status, effective_on, reason, actor) VALUES ($1, 'active', 'suspended', '2026-01-01', 'seed', 'test')`,
      [suspended],
    );
    await db.query(`UPDATE assistance.benefit SET status = 'terminated', ends_on = '2026-02-28' WHERE id = $1`, [ended]);
    expect(later).toBeDefined();
  });
  afterAll(async () => {
    await assistance?.close();
    restoreDatabase?.();
  });

  const start = (month: string) => assistance.request({ method: 'POST', url: '/api/v1/payment-runs', token: officer, body: { month } });
  const get = (month: string) => assistance.request({ method: 'GET', url: `/api/v1/payment-runs/${month}`, token: officer });
  // The month's own lines (corrections of earlier months are lines of the run too, with their own kind).
  const linesOf = async (month: string) =>
    (await db.query(`SELECT benefit_id FROM assistance.payment_line WHERE month = $1 AND kind = 'regular' ORDER BY benefit_id`, [`${month}-01`])).map(
      (r: { benefit_id: string }) => r.benefit_id,
    );
  const until = (month: string, status: string) =>
    eventually(
      () => get(month),
      (r) => r.body.status === status,
      { timeoutMs: 20_000, what: `run ${month} ${status}` },
    );

  it('pays one line per payable benefit with totals per district, emits its event and exports the bank file', async () => {
    const withKey = (key: string) =>
      assistance.request({ method: 'POST', url: '/api/v1/payment-runs', token: officer, body: { month: '2026-04' }, headers: { 'idempotency-key': key } });
    const started = await withKey('run-2026-04');
    expect(started.status).toBe(202);
    // A replay answers what the first request answered, status included (it was 201 before).
    const replayed = await withKey('run-2026-04');
    expect(replayed.status).toBe(202);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(started.body).toMatchObject({ month: '2026-04', status: 'running', expectedLines: 40 });
    const done = await until('2026-04', 'completed');
    expect(done.body).toMatchObject({ progressPercent: 100, lines: 40, total: '43007.50' });
    expect(done.body.byDistrict).toEqual([
      { divisionCode: '310104', lines: 25, total: '35500.00' },
      { divisionCode: '310115', lines: 15, total: '7507.50' },
    ]);
    expect(await linesOf('2026-04')).toEqual(benefits);
    // The run's progress on /metrics: the lines this instance wrote, no month in hand any more.
    const metrics = (await assistance.request({ method: 'GET', url: '/metrics' })).text.split('\n');
    const value = (name: string) =>
      Number(
        metrics
          .find((l) => l.startsWith(`${name}{`) && l.includes('run="payment-run"'))
          ?.split(' ')
          .pop(),
      );
    expect(value('payment_run_lines_written_total')).toBeGreaterThanOrEqual(40);
    expect(value('payment_run_months_in_progress')).toBe(0);

    const [event] = await db.query(
      `SELECT payload FROM assistance.outbox WHERE event_type = 'assistance.payment-run.completed.v1' AND message_key = '2026-04'`,
    );
    expect(event.payload).toMatchObject({ month: '2026-04', lines: 40, total: '43007.50' });

    const again = await start('2026-04');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'completed', lines: 40, attempts: 1 });
    expect(await linesOf('2026-04')).toHaveLength(40);

    const paid = await assistance.request({ method: 'GET', url: '/api/v1/statistics/payments?month=2026-04&groupBy=district', token: officer });
    expect(paid.body).toEqual([
      {
        districtCode: '310104',
        households: 25,
        recipients: 25,
        amount: '35500.00',
        regular: '35500.00',
        arrears: '0.00',
        recoveries: '0.00',
        priceSubsidies: '0.00',
      },
      {
        districtCode: '310115',
        households: 15,
        recipients: 15,
        amount: '7507.50',
        regular: '7507.50',
        arrears: '0.00',
        recoveries: '0.00',
        priceSubsidies: '0.00',
      },
    ]);
    const byProgramme = await assistance.request({
      method: 'GET',
      url: '/api/v1/statistics/payments?month=2026-04&groupBy=programme&divisionCode=310115',
      token: officer,
    });
    expect(byProgramme.body).toEqual([expect.objectContaining({ programme: 'dibao', households: 15, recipients: 15, amount: '7507.50' })]);
    // A month that is no month of the calendar is refused as input (year 0 was a 500 from Postgres).
    const yearZero = await assistance.request({ method: 'GET', url: '/api/v1/statistics/payments?month=0000-01&groupBy=district', token: officer });
    expect(yearZero.status).toBe(400);
    expect(yearZero.body.errors[0].field).toBe('month');
    const caseload = await assistance.request({ method: 'GET', url: '/api/v1/statistics/caseload?groupBy=district', token: officer });
    expect(caseload.body.find((r: { districtCode: string }) => r.districtCode === '310115')).toEqual({
      districtCode: '310115',
      households: 15,
      recipients: 15,
      amount: '7507.50',
    });

    const exporter = await testToken(['assistance:payment-run.export']);
    const csv = await assistance.request({ method: 'GET', url: '/api/v1/payment-runs/2026-04/lines.csv', token: exporter });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('month,benefitId,householdId,programme,divisionCode,recipients,amount,payeeName,payeeCitizenId,period,kind,bankName,accountNumber');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(benefits);
    expect(lines[1]).toMatch(/^2026-04,.*,dibao,\d{9},1,(1420\.00|500\.50),.*,2026-04,regular,,$/);
  });

  it('resumes a run interrupted halfway and still ends with exactly one line per benefit', async () => {
    // A database failure on the batch that reaches this benefit stands in for a crash mid-run.
    await db.query(
      `ALTER TABLE assistance.payment_line ADD CONSTRAINT simulated_failure CHECK (month <> '2026-05-01' OR benefit_id <> '${benefits[20]}') NOT VALID`,
    );
    try {
      expect((await start('2026-05')).status).toBe(202);
      const failed = await until('2026-05', 'failed');
      expect(failed.body.lastError).toMatch(/simulated_failure/);
      expect(failed.body.lines).toBeGreaterThan(0);
      expect(failed.body.lines).toBeLessThan(40);
      expect(failed.body.progressPercent).toBeLessThan(100);
      expect(await linesOf('2026-05')).toHaveLength(failed.body.lines);
    } finally {
      await db.query(`ALTER TABLE assistance.payment_line DROP CONSTRAINT simulated_failure`);
    }
    const resumed = await start('2026-05');
    expect(resumed.status).toBe(202);
    const done = await until('2026-05', 'completed');
    expect(done.body).toMatchObject({ lines: 40, attempts: 2 });
    expect(await linesOf('2026-05')).toEqual(benefits);
  });

  it('takes over a run whose worker died holding it, once its lease expires', async () => {
    // What a killed process leaves behind: a running run, its lease, a cursor and the lines of its committed batches.
    await db.query(
      `INSERT INTO assistance.payment_run (month, status, expected_lines, lines, total_fen, cursor_benefit_id, lease_owner, lease_until, started_by) VALUES ('2026-06-01', 'running', 40, 14, 0, $1, 'worker-killed', now() + interval '1 second', 'test')`,
      [benefits[13]],
    );
    await db.query(
      `INSERT INTO assistance.payment_line (month, period, benefit_id, household_id, programme_code, division_code, district_code, recipients, amount_fen)
       SELECT '2026-06-01', '2026-06-01', id, household_id, programme_code, division_code, district_code, recipients, monthly_amount_fen FROM assistance.benefit WHERE id = ANY($1)`,
      [benefits.slice(0, 14)],
    );
    const done = await until('2026-06', 'completed');
    expect(done.body.lines).toBe(40);
    expect(await linesOf('2026-06')).toEqual(benefits);
  });

  it("pays each month by the status in force in it, not by today's status (暂停 from August, 恢复 from September)", async () => {
    const [benefit] = await seedPayableBenefits(db, { count: 1, divisions: ['310104003'], startsOn: '2026-01-01' });
    const change = (kind: string, effectiveOn: string) =>
      assistance.request({ method: 'POST', url: `/api/v1/benefits/${benefit}/${kind}`, token: officer, body: { effectiveOn, reason: '复核' } });
    expect((await change('suspension', '2026-08-01')).status).toBe(200);
    expect((await change('resumption', '2026-09-01')).status).toBe(200);
    // Both changes are recorded before any of the runs: today the benefit is active again.
    for (const month of ['2026-08', '2026-09', '2026-10']) {
      expect((await start(month)).status).toBe(202);
      await until(month, 'completed');
    }
    expect(await linesOf('2026-08')).not.toContain(benefit);
    expect(await linesOf('2026-09')).toContain(benefit);
    expect(await linesOf('2026-10')).toContain(benefit);
  });

  it('refuses a malformed month and an export before completion', async () => {
    const bad = await start('2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('month');
    expect((await get('2030-01')).status).toBe(404);
    await db.query(
      `INSERT INTO assistance.payment_run (month, status, expected_lines, started_by, lease_owner, lease_until) VALUES ('2026-07-01', 'failed', 40, 'test', NULL, NULL)`,
    );
    const early = await assistance.request({ method: 'GET', url: '/api/v1/payment-runs/2026-07/lines.csv', token: officer });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:payment-run.not-completed');
  });

  it('pays what changed in paid months as arrears (补发) and recoveries (追回) of a later run, itemised per month, with the price-linked subsidies', async () => {
    const stopped = fullAmount[0];
    expect((await start('2026-11')).status).toBe(202);
    const november = await until('2026-11', 'completed');
    expect(november.body.byKind.map((k: { kind: string }) => k.kind)).toEqual(['regular']);

    // Recorded in December, dated back into October: both paid months are wrong now.
    const change = (id: string, kind: string) =>
      assistance.request({ method: 'POST', url: `/api/v1/benefits/${id}/${kind}`, token: officer, body: { effectiveOn: '2026-10-01', reason: '复核' } });
    expect((await change(stopped, 'suspension')).status).toBe(200);
    expect((await change(suspended, 'resumption')).status).toBe(200);
    // November's prices trigger the subsidy: the benefit suspended from October is not paid it.
    const index = await assistance.request({
      method: 'POST',
      url: '/api/v1/price-indices',
      token: officer,
      body: { month: '2026-11', cpiYoYPercent: 2, foodYoYPercent: 6.5 },
    });
    expect(index.body.triggered).toBe(true);
    const issued = await assistance.request({ method: 'GET', url: '/api/v1/price-subsidies?month=2026-11&limit=100', token: officer });
    const subsidised = issued.body.items.map((s: { benefitId: string }) => s.benefitId);
    expect(subsidised).toContain(suspended);
    expect(subsidised).not.toContain(stopped);
    expect(issued.body.items.every((s: { paidIn: string | null }) => s.paidIn === null)).toBe(true);

    expect((await start('2026-12')).status).toBe(202);
    const december = await until('2026-12', 'completed');
    expect(december.body.byKind).toEqual([
      { kind: 'arrears', lines: 2, total: '2840.00' },
      { kind: 'price-subsidy', lines: subsidised.length, total: (subsidised.length * 60).toFixed(2) },
      { kind: 'recovery', lines: 2, total: '-2840.00' },
      { kind: 'regular', lines: expect.any(Number), total: expect.any(String) },
    ]);
    expect(await linesOf('2026-12')).not.toContain(stopped);
    expect(await linesOf('2026-12')).toContain(suspended);

    const exporter = await testToken(['assistance:payment-run.export']);
    const csv = await assistance.request({ method: 'GET', url: '/api/v1/payment-runs/2026-12/lines.csv', token: exporter });
    const rows = csv.text
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const of = (id: string) => rows.filter((r) => r[1] === id).map((r) => [r[0], r[6], r[9], r[10]]);
    expect(of(stopped)).toEqual([
      ['2026-12', '-1420.00', '2026-10', 'recovery'],
      ['2026-12', '-1420.00', '2026-11', 'recovery'],
    ]);
    expect(of(suspended)).toEqual([
      ['2026-12', '1420.00', '2026-10', 'arrears'],
      ['2026-12', '1420.00', '2026-11', 'arrears'],
      ['2026-12', '60.00', '2026-11', 'price-subsidy'],
      ['2026-12', '1420.00', '2026-12', 'regular'],
    ]);

    const statistics = await assistance.request({
      method: 'GET',
      url: '/api/v1/statistics/payments?month=2026-12&groupBy=district&divisionCode=310104',
      token: officer,
    });
    expect(statistics.body).toEqual([expect.objectContaining({ districtCode: '310104', arrears: '2840.00', recoveries: '-2840.00' })]);
    const paid = await assistance.request({ method: 'GET', url: '/api/v1/price-subsidies?month=2026-11&limit=100', token: officer });
    expect(paid.body.items.every((s: { paidIn: string | null }) => s.paidIn === '2026-12')).toBe(true);

    // A month corrected once is not corrected again, and a paid subsidy is not paid twice.
    expect((await start('2027-01')).status).toBe(202);
    const january = await until('2027-01', 'completed');
    expect(january.body.byKind.map((k: { kind: string }) => k.kind)).toEqual(['regular']);
  });

  it('refuses a month before it opens (the 20th of the month before) and records nothing', async () => {
    const early = await start('2027-02');
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:payment-run.month-not-open');
    expect(early.body.detail).toBe('the payment run for 2027-02 can start from 2027-01-20');
    expect((await get('2027-02')).status).toBe(404);
    clock.set(new Date('2027-01-20T01:00:00Z'));
    expect((await start('2027-02')).status).toBe(202);
    await until('2027-02', 'completed');
  });

  it("pays into the payee's checked account, masked unless personal data may be read, in one file per district if asked", async () => {
    const household = (await assistance.request({ method: 'GET', url: `/api/v1/benefits/${suspended}`, token: officer })).body.householdId;
    const head = member({ name: '王领款' });
    const members = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${household}/members`,
      token: officer,
      body: { members: [head], reason: '补录成员' },
    });
    expect(members.status).toBe(200);
    const record = (body: object) => assistance.request({ method: 'POST', url: `/api/v1/households/${household}/payee-account`, token: officer, body });
    const mistyped = await record({ payeeCitizenId: head.citizenId, bankName: '工商银行', accountNumber: '6222021001122334455', reason: '户主本人卡' });
    expect(mistyped.status).toBe(422);
    expect(mistyped.body).toMatchObject({ type: 'urn:civic:problem:bank-account.check-digit', detail: expect.stringMatching(/Luhn/) });
    const stranger = await record({
      payeeCitizenId: newCitizenId(newBirthDate()),
      bankName: '工商银行',
      accountNumber: '6222021001122334458',
      reason: '他人卡',
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.type).toBe('urn:civic:problem:household.payee-not-member');
    const recorded = await record({ payeeCitizenId: head.citizenId, bankName: '工商银行', accountNumber: '6222 0210 0112 2334 458', reason: '户主本人卡' });
    expect(recorded.status).toBe(200);
    expect(recorded.body.payeeAccount).toEqual({
      payeeCitizenId: head.citizenId,
      payeeName: '王领款',
      bankName: '工商银行',
      accountNumber: '6222021001122334458',
    });
    const audited = await db.query(`SELECT details FROM assistance.audit_log WHERE action = 'household.record-payee-account' AND resource_id = $1`, [
      household,
    ]);
    expect(JSON.stringify(audited)).not.toContain('6222021001122334458');

    const file = async (token: string, query = '') => {
      const csv = await assistance.request({ method: 'GET', url: `/api/v1/payment-runs/2026-12/lines.csv${query}`, token });
      return {
        status: csv.status,
        rows: csv.text
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',')),
      };
    };
    const exporter = await testToken(['assistance:payment-run.export']);
    const masked = (await file(exporter)).rows.filter((r) => r[1] === suspended);
    expect(masked.map((r) => [r[7], r[8], r[11], r[12]])[0]).toEqual([
      '王领款',
      head.citizenId.slice(0, 6) + '********' + head.citizenId.slice(14),
      '工商银行',
      '6222***********4458',
    ]);
    const whole = (await file(await testToken(['assistance:payment-run.export', 'assistance:personal-data.read']))).rows.find((r) => r[1] === suspended)!;
    expect([whole[8], whole[12]]).toEqual([head.citizenId, '6222021001122334458']);
    // Every bank file handed out is audited as a read of personal data; the unmasked one says so.
    const reads = await db.query(
      `SELECT details FROM assistance.audit_log WHERE action = 'personal-data.read' AND path = '/api/v1/payment-runs/2026-12/lines.csv' ORDER BY id`,
    );
    const revealed = reads.map((r: { details: { revealed: string[] } }) => r.details.revealed.join(' + '));
    expect(revealed.filter((r: string) => r === 'unmasked citizen IDs + bank file')).toHaveLength(1);
    expect(revealed.filter((r: string) => r === 'bank file').length).toBeGreaterThanOrEqual(1);
    expect(revealed.every((r: string) => r.endsWith('bank file'))).toBe(true);

    // One district's file: asked for by a city officer, or all a district officer ever gets.
    const pudong = await file(exporter, '?divisionCode=310115');
    expect(pudong.rows.length).toBeGreaterThan(0);
    expect(pudong.rows.every((r) => r[4].startsWith('310115'))).toBe(true);
    const districtOfficer = await testToken(['assistance:payment-run.export'], 'pudong-officer', 'test-suite', ['310115']);
    expect((await file(districtOfficer)).rows).toEqual(pudong.rows);
    expect((await file(districtOfficer, '?divisionCode=310104')).status).toBe(403);

    // A run records how many of its lines have no account to pay into.
    clock.set(new Date('2027-02-21T01:00:00Z'));
    expect((await start('2027-03')).status).toBe(202);
    const march = await until('2027-03', 'completed');
    const unpaid = await db.query(`SELECT count(*)::int AS n FROM assistance.payment_line l WHERE month = '2027-03-01' AND household_id <> $1`, [household]);
    expect(march.body.linesWithoutAccount).toBe(unpaid[0].n);
    expect(march.body.linesWithoutAccount).toBe(march.body.lines - 1);
  });

  it('re-prices a benefit from next month when the household’s members change (成员变更), by the same gap rule', async () => {
    const benefit = fullAmount[1];
    const household = (await assistance.request({ method: 'GET', url: `/api/v1/benefits/${benefit}`, token: officer })).body.householdId;
    clock.set(new Date('2027-03-21T01:00:00Z'));
    const changed = await assistance.request({
      method: 'POST',
      url: `/api/v1/households/${household}/members`,
      token: officer,
      body: { members: [member({ monthlyIncome: '300.00' }), member({ relation: 'spouse', monthlyIncome: '0.00' })], reason: '配偶迁入' },
    });
    expect(changed.status).toBe(200);
    const repriced = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${benefit}`, token: officer });
    // 1420.00 x 2 - 300.00, from April: March was paid as it was.
    expect(repriced.body).toMatchObject({ monthlyAmount: '2540.00', recipients: 2 });
    expect(repriced.body.amounts.at(-1)).toEqual({ effectiveFrom: '2027-04-01', amount: '2540.00', reason: '成员变更: 配偶迁入' });
    const [event] = await db.query(`SELECT payload FROM assistance.outbox WHERE event_type = 'assistance.benefit.amount-changed.v1' AND message_key = $1`, [
      benefit,
    ]);
    expect(event.payload).toMatchObject({ previousAmount: '1420.00', monthlyAmount: '2540.00', effectiveFrom: '2027-04-01' });

    expect((await start('2027-04')).status).toBe(202);
    await until('2027-04', 'completed');
    const lines = await db.query(
      `SELECT kind, amount_fen::int AS fen, recipients FROM assistance.payment_line WHERE month = '2027-04-01' AND benefit_id = $1`,
      [benefit],
    );
    expect(lines).toEqual([{ kind: 'regular', fen: 254000, recipients: 2 }]);
  });
});
