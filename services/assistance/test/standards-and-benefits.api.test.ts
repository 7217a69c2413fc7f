import { eventually, useFreshDatabase, startTestService, testToken, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { PAYMENT_RUN_OPTIONS } from '@civic/payment-run';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';
import { ALL_ROLES, seedDivisions } from './support/fixtures';
import { seedPayableBenefits } from './support/seed-benefits';

/** A standard adjustment re-computes every 低保 benefit in the database, so this file has its own. */
describe('assistance standards and benefits', () => {
  let restoreDatabase: (() => void) | undefined;
  let assistance: TestService;
  let db: DataSource;
  let officer: string;

  beforeAll(async () => {
    restoreDatabase = await useFreshDatabase('assistance', 'civic_standards');
    assistance = await startTestService(AppModule, service, {
      overrides: [{ provide: PAYMENT_RUN_OPTIONS, useValue: { batchSize: 100, leaseMs: 5000, sweepMs: 200 } }],
    });
    await seedDivisions(assistance);
    db = assistance.app.get(DataSource);
    officer = await testToken(ALL_ROLES);
  });
  afterAll(async () => {
    await assistance?.close();
    restoreDatabase?.();
  });

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) => assistance.request({ method: 'POST', url, token: officer, body, headers });

  it('adjusts the standard from a date: every open benefit re-computed, one event per changed benefit plus a summary, payments follow the dates', async () => {
    const zeroIncome = await seedPayableBenefits(db, { count: 3, divisions: ['310104003'], startsOn: '2026-01-01' });
    const [highIncome] = await seedPayableBenefits(db, { count: 1, divisions: ['310104003'], startsOn: '2026-01-01', amountFen: 2000 });
    await db.query(
      `UPDATE assistance.benefit SET basis = jsonb_set(basis, '{perCapitaIncome}', '"1400.00"'), monthly_amount_fen = 2000, recipients = 2 WHERE id = $1`,
      [highIncome],
    );

    const adjusted = await post('/api/v1/programmes/dibao/standards', { effectiveFrom: '2026-07-01', amount: '1510' });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body).toEqual({
      programme: 'dibao',
      effectiveFrom: '2026-07-01',
      previousAmount: '1420.00',
      amount: '1510.00',
      benefitsRecomputed: 4,
      benefitsChanged: 4,
    });

    const benefit = await assistance.request({ method: 'GET', url: `/api/v1/benefits/${zeroIncome[0]}`, token: officer });
    expect(benefit.body.monthlyAmount).toBe('1510.00');
    expect(benefit.body.amounts).toEqual([
      { effectiveFrom: '2026-01-01', amount: '1420.00', reason: 'seed' },
      { effectiveFrom: '2026-07-01', amount: '1510.00', reason: 'standard adjusted to 1510.00 from 2026-07-01' },
    ]);
    // (1510 - 1400) x 2 = 220
    expect((await assistance.request({ method: 'GET', url: `/api/v1/benefits/${highIncome}`, token: officer })).body.monthlyAmount).toBe('220.00');

    const events = await db.query(
      `SELECT event_type, payload FROM assistance.outbox WHERE event_type IN ('assistance.benefit.amount-changed.v1', 'assistance.standard.adjusted.v1') ORDER BY id`,
    );
    expect(events.filter((e: { event_type: string }) => e.event_type === 'assistance.benefit.amount-changed.v1')).toHaveLength(4);
    expect(events[events.length - 1]).toMatchObject({ event_type: 'assistance.standard.adjusted.v1', payload: { benefitsChanged: 4, amount: '1510.00' } });

    const programme = await assistance.request({ method: 'GET', url: '/api/v1/programmes/dibao', token: officer });
    expect(programme.body.standards.map((s: { amount: string }) => s.amount)).toEqual(['1330.00', '1420.00', '1510.00']);

    // June is paid at the old standard, July at the new one.
    for (const month of ['2026-06', '2026-07']) {
      expect((await post('/api/v1/payment-runs', { month })).status).toBe(202);
      await eventually(
        () => assistance.request({ method: 'GET', url: `/api/v1/payment-runs/${month}`, token: officer }),
        (r) => r.body.status === 'completed',
        { what: `run ${month}` },
      );
    }
    const amounts = await db.query(`SELECT month::text, amount_fen::int FROM assistance.payment_line WHERE benefit_id = $1 ORDER BY month`, [zeroIncome[0]]);
    expect(amounts).toEqual([
      { month: '2026-06-01', amount_fen: 142000 },
      { month: '2026-07-01', amount_fen: 151000 },
    ]);

    const duplicate = await post('/api/v1/programmes/dibao/standards', { effectiveFrom: '2026-07-01', amount: '1600' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.type).toBe('urn:civic:problem:standard.already-set');
    const midMonth = await post('/api/v1/programmes/dibao/standards', { effectiveFrom: '2026-08-15', amount: '1600' });
    expect(midMonth.status).toBe(422);
    const unknown = await post('/api/v1/programmes/nothing/standards', { effectiveFrom: '2026-08-01', amount: '1600' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.type).toBe('urn:civic:problem:programme.unknown');
  });

  it('suspends, resumes and terminates a benefit with events, and refuses illegal changes', async () => {
    const [id] = await seedPayableBenefits(db, { count: 1, divisions: ['310104004'], startsOn: '2026-01-01' });
    const midMonth = await post(`/api/v1/benefits/${id}/suspension`, { effectiveOn: '2026-09-15', reason: 'x' });
    expect(midMonth.status).toBe(422);
    expect(midMonth.body.type).toBe('urn:civic:problem:benefit.not-first-of-month');
    const suspended = await post(`/api/v1/benefits/${id}/suspension`, { effectiveOn: '2026-09-01', reason: '复核期间暂停' }, { 'if-match': '"1"' });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', version: 2 });
    expect((await post(`/api/v1/benefits/${id}/suspension`, { effectiveOn: '2026-09-01', reason: 'again' })).status).toBe(409);
    expect((await post(`/api/v1/benefits/${id}/resumption`, { effectiveOn: '2026-10-01', reason: '复核通过' }, { 'if-match': '"1"' })).status).toBe(412);
    expect((await post(`/api/v1/benefits/${id}/resumption`, { effectiveOn: '2026-10-01', reason: '复核通过' })).body.status).toBe('active');
    const terminated = await post(`/api/v1/benefits/${id}/termination`, { effectiveOn: '2026-11-01', reason: '收入超过标准' });
    expect(terminated.body).toMatchObject({ status: 'terminated', endsOn: '2026-10-31' });
    expect((await post(`/api/v1/benefits/${id}/resumption`, { effectiveOn: '2026-12-01', reason: 'x' })).status).toBe(409);
    const types = (await db.query(`SELECT event_type FROM assistance.outbox WHERE message_key = $1 ORDER BY id`, [id])).map(
      (r: { event_type: string }) => r.event_type,
    );
    expect(types).toEqual(['assistance.benefit.suspended.v1', 'assistance.benefit.resumed.v1', 'assistance.benefit.terminated.v1']);
    const list = await assistance.request({ method: 'GET', url: '/api/v1/benefits?status=terminated&programme=dibao&divisionCode=310104004', token: officer });
    expect(list.body.items.map((b: { id: string }) => b.id)).toContain(id);
  });

  it('issues exactly one price-linked subsidy per eligible household for a triggered month', async () => {
    const month = '2026-08';
    const eligible = await seedPayableBenefits(db, { count: 3, divisions: ['310115001'], startsOn: '2026-08-01' });
    await db.query(`UPDATE assistance.benefit SET recipients = 3 WHERE id = $1`, [eligible[0]]);
    const record = (body: object) => post('/api/v1/price-indices', body);

    const quiet = await record({ month: '2026-09', cpiYoYPercent: 2.1, foodYoYPercent: 4 });
    expect(quiet.body).toMatchObject({ triggered: false, subsidiesIssued: 0 });
    // Two decimals exactly as written (0.29 x 100 is float noise, not 29): accepted as given.
    const small = await record({ month: '2026-07', cpiYoYPercent: 0.29, foodYoYPercent: 0.58 });
    expect(small.body).toMatchObject({ cpiYoYPercent: 0.29, foodYoYPercent: 0.58, triggered: false });

    const open = (
      await db.query(
        `SELECT count(DISTINCT household_id)::int AS n FROM assistance.benefit WHERE programme_code IN ('dibao', 'tekun') AND status <> 'suspended' AND starts_on <= '2026-08-01' AND (ends_on IS NULL OR ends_on >= '2026-08-01')`,
      )
    )[0].n;
    const triggered = await record({ month, cpiYoYPercent: 2.0, foodYoYPercent: 6.5 });
    expect(triggered.body).toMatchObject({ triggered: true, subsidiesIssued: open });
    const again = await record({ month, cpiYoYPercent: 3.6, foodYoYPercent: 6.5 });
    expect(again.body).toMatchObject({ triggered: true, subsidiesIssued: 0 });
    const rows = await db.query(
      `SELECT benefit_id, recipients, amount_fen::int FROM assistance.price_subsidy WHERE month = '2026-08-01' AND benefit_id = ANY($1) ORDER BY recipients DESC`,
      [eligible],
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ benefit_id: eligible[0], recipients: 3, amount_fen: 18000 });
    const listed = await assistance.request({ method: 'GET', url: `/api/v1/price-subsidies?month=${month}&divisionCode=310115`, token: officer });
    expect(listed.body.page.total).toBe(3);

    const policy = await assistance.request({
      method: 'PUT',
      url: '/api/v1/price-subsidy-policy',
      token: officer,
      body: { cpiThresholdPercent: 3, foodThresholdPercent: 5, perPerson: '80.00', programmes: ['dibao', 'nothing'] },
    });
    expect(policy.status).toBe(400);
    expect(policy.body.errors[0].field).toMatch(/^programmes/);
    // Percentages far beyond any price index are input errors (their float noise made them fail as decimals, unnamed).
    const absurd = await assistance.request({
      method: 'PUT',
      url: '/api/v1/price-subsidy-policy',
      token: officer,
      body: { cpiThresholdPercent: -2814749767106.55, foodThresholdPercent: 5, perPerson: '80.00', programmes: ['dibao'] },
    });
    expect(absurd.status).toBe(400);
    expect(absurd.body.errors.map((e: { message: string }) => e.message).join()).toMatch(/cpiThresholdPercent must not be less than -100/);
    const huge = await record({ month: '2026-10', cpiYoYPercent: 4703804711.36, foodYoYPercent: 1 });
    expect(huge.status).toBe(400);
    const bad = await record({ month: '2026-10', cpiYoYPercent: 'high', foodYoYPercent: 1 });
    expect(bad.status).toBe(400);
    expect((await db.query(`SELECT count(*)::int AS n FROM assistance.price_index WHERE month = '2026-10-01'`))[0].n).toBe(0);
  });
});
