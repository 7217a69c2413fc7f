import { BusinessDate } from '@civic/domain-kernel';
import { startTestService, TestService } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { PAYMENT_RUN_QUERIES, PaymentRunQueries } from '../src/payment-run/application/payment-run-queries';
import { isPayableIn } from '../src/payment-run/domain/payable';
import { PAYABLE_CASES } from '../src/payment-run/domain/payable-cases';
import { service } from '../src/service';
import { seedPayableBenefits } from './support/seed-benefits';

/** The payment run's set-based condition agrees with the domain's `isPayableIn` on the same cases. */
describe('which benefits a month pays: the SQL and the domain rule agree', () => {
  let assistance: TestService;
  beforeAll(async () => {
    assistance = await startTestService(AppModule, service, { consumers: false });
  });
  afterAll(() => assistance?.close());

  it('for every case of the rule', async () => {
    const db = assistance.app.get(DataSource);
    const ids = await seedPayableBenefits(db, { count: PAYABLE_CASES.length, divisions: ['310104003'], startsOn: '2026-01-01' });
    const expected: string[] = [];
    for (const [i, [, facts]] of PAYABLE_CASES.entries()) {
      const current = facts.changes.at(-1)?.[1] ?? 'active';
      await db.query(`UPDATE assistance.benefit SET starts_on = $2, ends_on = $3, status = $4 WHERE id = $1`, [ids[i], facts.startsOn, facts.endsOn, current]);
      // Recorded in the case's order, as the benefit's commands record them.
      for (const [effectiveOn, to] of facts.changes) {
        await db.query(
          `INSERT INTO assistance.benefit_status_change (benefit_id, from_status, to_status, effective_on, reason, actor) VALUES ($1, 'active', $2, $3, 'case', 'test')`,
          [ids[i], to, effectiveOn],
        );
      }
      const dated = {
        startsOn: BusinessDate.parse(facts.startsOn),
        endsOn: facts.endsOn ? BusinessDate.parse(facts.endsOn) : null,
        statusChanges: facts.changes.map(([effectiveOn, to]) => ({ effectiveOn: BusinessDate.parse(effectiveOn), to })),
      };
      if (isPayableIn(dated, BusinessDate.parse('2026-05-01'))) expected.push(ids[i]);
    }
    const paid = await assistance.app.get<PaymentRunQueries>(PAYMENT_RUN_QUERIES).payableAmong('2026-05-01', ids);
    expect(paid).toEqual([...expected].sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ids.length);
  });
});
