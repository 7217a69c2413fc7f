import { ControllableClock } from '@civic/domain-kernel';
import { DEFAULT_PAYMENT_RUN_OPTIONS, PAYMENT_RUN_OPTIONS } from '@civic/payment-run';
import { CLOCK } from '@civic/platform';
import { eventually, newCitizenId, seedTestDivisions, startTestService, testToken, TestService, useFreshDatabase } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/**
 * 基本生活保障金 发放 through the API: monthly allowance runs on the shared payment-run library. Runs
 * pay every child due in the database, so the file has a database of its own.
 */
describe('child-welfare monthly allowance runs', () => {
  let app: TestService;
  let db: DataSource;
  let officer: string;
  let restore: () => void;
  const orphans: string[] = [];
  const pudongOrphans: string[] = [];
  const unattended: string[] = [];
  let leftBehind: string;
  let turnsAdultInApril: string;
  // Runs open from the 20th of the month before (the default): on 21 December, January may run.
  const clock = new ControllableClock(new Date('2026-12-21T02:00:00Z'));

  const post = (url: string, body: unknown, token = officer) => app.request({ method: 'POST', url, token, body });
  const get = (url: string, token = officer) => app.request({ method: 'GET', url, token });
  const start = (month: string) => post('/api/v1/allowance-runs', { month });
  const until = (month: string, status: string) =>
    eventually(
      () => get(`/api/v1/allowance-runs/${month}`),
      (r) => r.body.status === status,
      { timeoutMs: 20_000, what: `allowance run ${month} ${status}` },
    );
  const linesOf = async (month: string, kind = 'regular') =>
    (
      await db.query(
        `SELECT child_id, period::text AS period, amount_fen FROM child_welfare.allowance_line WHERE month = $1 AND kind = $2 ORDER BY child_id, period`,
        [`${month}-01`, kind],
      )
    ).map((r: { child_id: string; period: string; amount_fen: string }) => ({
      child: r.child_id,
      period: r.period.slice(0, 7),
      amount: Number(r.amount_fen) / 100,
    }));
  const register = async (category: string, divisionCode: string, birth: string, registeredOn = '2026-03-15') => {
    const created = await post('/api/v1/children', { citizenId: newCitizenId(birth), name: '小安', divisionCode, address: '福利院', category, registeredOn });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  beforeAll(async () => {
    restore = await useFreshDatabase('child-welfare', 'civic_allowance_runs');
    app = await startTestService(AppModule, service, {
      consumers: false,
      overrides: [
        { provide: PAYMENT_RUN_OPTIONS, useValue: { ...DEFAULT_PAYMENT_RUN_OPTIONS, batchSize: 3, leaseMs: 1500, sweepMs: 200 } },
        { provide: CLOCK, useValue: clock },
      ],
    });
    await seedTestDivisions(app, 'child_welfare');
    db = app.app.get(DataSource);
    officer = await testToken([
      'child-welfare:child.read',
      'child-welfare:child.write',
      'child-welfare:allowance.policy',
      'child-welfare:allowance-run.start',
      'child-welfare:allowance-run.read',
      'child-welfare:statistics.read',
    ]);
    for (let i = 0; i < 6; i++) orphans.push(await register('orphan', i % 2 ? '310104003' : '310104004', `2012010${i + 1}`));
    for (let i = 0; i < 4; i++) pudongOrphans.push(await register('orphan', '310115001', `2013020${i + 1}`));
    for (let i = 0; i < 2; i++) unattended.push(await register('de-facto-unattended', '310104004', `2015030${i + 1}`));
    leftBehind = await register('left-behind', '310104003', '20160401');
    // 18 on 15 April 2026: paid through April, not from May (the adult-orphan job may close the record too).
    turnsAdultInApril = await register('orphan', '310115001', '20080415', '2026-01-10');
    const guardian = await post(`/api/v1/children/${orphans[0]}/guardians`, {
      citizenId: newCitizenId('19550101'),
      name: '李奶奶',
      relation: 'grandparent',
      contact: '13800000000',
      from: '2026-03-15',
    });
    expect(guardian.status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    restore?.();
  });

  const paidChildren = () => [...orphans, ...pudongOrphans, ...unattended].sort();

  it('pays one line per child due, as the domain rule says, with totals per district, its event and the bank file', async () => {
    const started = await start('2026-04');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ month: '2026-04', status: 'running', expectedLines: 13 });
    const done = await until('2026-04', 'completed');
    expect(done.body).toMatchObject({ progressPercent: 100, lines: 13, total: '28470.00', attempts: 1 });
    expect(done.body.byDistrict).toEqual([
      { divisionCode: '310104', lines: 8, total: '17520.00' },
      { divisionCode: '310115', lines: 5, total: '10950.00' },
    ]);
    expect(done.body.byKind).toEqual([{ kind: 'regular', lines: 13, total: '28470.00' }]);
    const lines = await linesOf('2026-04');
    expect(lines.map((l: { child: string }) => l.child)).toEqual([...paidChildren(), turnsAdultInApril].sort());
    // The run's SQL and the domain's monthlyAllowance agree, child by child, month by month.
    for (const id of [...paidChildren(), leftBehind, turnsAdultInApril]) {
      const due = (await get(`/api/v1/children/${id}/allowance?month=2026-04`)).body.amount;
      const line = lines.find((l: { child: string }) => l.child === id);
      expect(line ? line.amount.toFixed(2) : '0.00').toBe(due);
    }

    const [event] = await db.query(
      `SELECT payload FROM child_welfare.outbox WHERE event_type = 'child-welfare.allowance-run.completed.v1' AND message_key = '2026-04'`,
    );
    expect(event.payload).toMatchObject({ month: '2026-04', lines: 13, total: '28470.00' });
    const again = await start('2026-04');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'completed', lines: 13, attempts: 1 });

    const exporter = await testToken(['child-welfare:allowance-run.export']);
    const csv = await get('/api/v1/allowance-runs/2026-04/lines.csv', exporter);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.text.trim().split('\n');
    expect(rows[0]).toBe('month,childId,divisionCode,category,amount,period,kind,payeeName,payeeCitizenId,payeeRelation');
    expect(rows).toHaveLength(14);
    const withGuardian = rows.find((r) => r.includes(orphans[0]))!.split(',');
    expect(withGuardian.slice(3, 8)).toEqual(['orphan', '2190.00', '2026-04', 'regular', '李奶奶']);
    expect(withGuardian[9]).toBe('grandparent');
    expect(withGuardian[8]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(
      rows
        .find((r) => r.includes(unattended[0]))!
        .split(',')
        .slice(7),
    ).toEqual(['小安', expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/), 'self']);
    const revealed = await get(
      '/api/v1/allowance-runs/2026-04/lines.csv',
      await testToken(['child-welfare:allowance-run.export', 'child-welfare:personal-data.read']),
    );
    expect(
      revealed.text
        .split('\n')
        .find((r) => r.includes(orphans[0]))!
        .split(',')[8],
    ).toMatch(/^\d{17}[\dX]$/);
    const pudong = await get(
      '/api/v1/allowance-runs/2026-04/lines.csv',
      await testToken(['child-welfare:allowance-run.export'], 'pudong-officer', 'test-suite', ['310115']),
    );
    expect(pudong.text.trim().split('\n')).toHaveLength(6);
  });

  it('resumes a run interrupted halfway and still ends with exactly one line per child', async () => {
    const due = paidChildren(); // the child who turned 18 in April is not due in May
    // A database failure on the batch that reaches this child stands in for a crash mid-run.
    await db.query(
      `ALTER TABLE child_welfare.allowance_line ADD CONSTRAINT simulated_failure CHECK (month <> '2026-05-01' OR child_id <> '${due[7]}') NOT VALID`,
    );
    try {
      expect((await start('2026-05')).status).toBe(202);
      const failed = await until('2026-05', 'failed');
      expect(failed.body.lastError).toMatch(/simulated_failure/);
      expect(failed.body.lines).toBe(6);
      expect(failed.body.progressPercent).toBeLessThan(100);
      expect(await linesOf('2026-05')).toHaveLength(6);
    } finally {
      await db.query(`ALTER TABLE child_welfare.allowance_line DROP CONSTRAINT simulated_failure`);
    }
    const resumed = await start('2026-05');
    expect(resumed.status).toBe(202);
    const done = await until('2026-05', 'completed');
    expect(done.body).toMatchObject({ lines: 12, attempts: 2, total: '26280.00' });
    expect((await linesOf('2026-05')).map((l: { child: string }) => l.child)).toEqual(due);
  });

  it('corrects paid months by the next run: a standard added for an earlier month (补发), a closure dated back (追回), each once', async () => {
    const raised = await post('/api/v1/allowance-standards', { category: 'orphan', monthlyAmount: '2400.00', effectiveFrom: '2026-05-01' });
    expect(raised.status).toBe(201);
    expect((await start('2026-06')).status).toBe(202);
    const june = await until('2026-06', 'completed');
    expect(june.body.byKind).toEqual([
      { kind: 'arrears', lines: 10, total: '2100.00' },
      { kind: 'regular', lines: 12, total: '28380.00' },
    ]);
    const arrears = await linesOf('2026-06', 'arrears');
    expect(arrears.map((l: { child: string }) => l.child)).toEqual([...orphans, ...pudongOrphans].sort());
    expect(arrears.every((l: { period: string; amount: number }) => l.period === '2026-05' && l.amount === 210)).toBe(true);

    // Moved away on 20 May, recorded after June was paid: June is recovered by July's run.
    const closed = await post(`/api/v1/children/${pudongOrphans[0]}/closure`, { reason: 'moved-away', closedOn: '2026-05-20' });
    expect(closed.status).toBe(200);
    expect((await start('2026-07')).status).toBe(202);
    const july = await until('2026-07', 'completed');
    expect(july.body.byKind).toEqual([
      { kind: 'recovery', lines: 1, total: '-2400.00' },
      { kind: 'regular', lines: 11, total: '25980.00' },
    ]);
    expect(await linesOf('2026-07', 'recovery')).toEqual([{ child: pudongOrphans[0], period: '2026-06', amount: -2400 }]);
    expect(await linesOf('2026-07', 'arrears')).toEqual([]);
    const [event] = await db.query(
      `SELECT payload FROM child_welfare.outbox WHERE event_type = 'child-welfare.allowance-run.completed.v1' AND message_key = '2026-07'`,
    );
    expect(event.payload).toMatchObject({ lines: 12, total: '23580.00' });
  });

  it('counts the allowances paid per run month, district and category, within the caller’s districts', async () => {
    const paid = await get('/api/v1/statistics/allowances?from=2026-06&to=2026-07');
    expect(paid.status).toBe(200);
    expect(paid.body).toEqual([
      { month: '2026-06', districtCode: '310104', category: 'de-facto-unattended', children: 2, regular: '4380.00', corrections: '0.00', total: '4380.00' },
      { month: '2026-06', districtCode: '310104', category: 'orphan', children: 6, regular: '14400.00', corrections: '1260.00', total: '15660.00' },
      { month: '2026-06', districtCode: '310115', category: 'orphan', children: 4, regular: '9600.00', corrections: '840.00', total: '10440.00' },
      { month: '2026-07', districtCode: '310104', category: 'de-facto-unattended', children: 2, regular: '4380.00', corrections: '0.00', total: '4380.00' },
      { month: '2026-07', districtCode: '310104', category: 'orphan', children: 6, regular: '14400.00', corrections: '0.00', total: '14400.00' },
      { month: '2026-07', districtCode: '310115', category: 'orphan', children: 3, regular: '7200.00', corrections: '-2400.00', total: '4800.00' },
    ]);
    const pudong = await get(
      '/api/v1/statistics/allowances?from=2026-07',
      await testToken(['child-welfare:statistics.read'], 'pudong-officer', 'test-suite', ['310115']),
    );
    expect(pudong.body.map((r: { districtCode: string }) => r.districtCode)).toEqual(['310115']);
    expect((await get('/api/v1/statistics/allowances?from=2026-13')).status).toBe(400);
    const reversed = await get('/api/v1/statistics/allowances?from=2026-07&to=2026-06');
    expect(reversed.status).toBeGreaterThanOrEqual(400);
    expect(reversed.status).toBeLessThan(500);
    expect(reversed.body.type).toBe('urn:civic:problem:allowance.range-invalid');
  });

  it('refuses an allowance for a child over 18, a malformed month, a month not open yet, an export before completion, and callers without the permission', async () => {
    // An allowance asked for a month after the 18th birthday's is refused, naming the rule.
    const adult = await get(`/api/v1/children/${turnsAdultInApril}/allowance?month=2026-05`);
    expect(adult.status).toBe(422);
    expect(adult.body.type).toBe('urn:civic:problem:allowance.child-adult');
    const bad = await start('2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('month');
    const early = await start('2027-02');
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:civic:problem:payment-run.month-not-open');
    expect(await db.query(`SELECT 1 FROM child_welfare.allowance_run WHERE month = '2027-02-01'`)).toHaveLength(0);
    expect((await get('/api/v1/allowance-runs/2030-01')).status).toBe(404);
    await db.query(`INSERT INTO child_welfare.allowance_run (month, status, expected_lines, started_by) VALUES ('2026-09-01', 'failed', 12, 'test')`);
    const partial = await get('/api/v1/allowance-runs/2026-09/lines.csv', await testToken(['child-welfare:allowance-run.export']));
    expect(partial.status).toBe(409);
    expect(partial.body.type).toBe('urn:civic:problem:payment-run.not-completed');
    const reader = await testToken(['child-welfare:allowance-run.read']);
    expect((await post('/api/v1/allowance-runs', { month: '2026-08' }, reader)).status).toBe(403);
    expect((await get('/api/v1/allowance-runs/2026-04/lines.csv', reader)).status).toBe(403);
    expect((await get('/api/v1/allowance-runs', reader)).body.items.map((r: { month: string }) => r.month)).toEqual([
      '2026-09',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
    ]);
  });
});
