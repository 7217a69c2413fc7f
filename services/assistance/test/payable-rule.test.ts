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
      await db.query(`UPDATE assistance.benefit SET starts_on = $2, ends_on = $3, status = $4 WHERE id = $1`, [
        ids[i],
        facts.startsOn,
        facts.endsOn,
        facts.status,
      ]);
      const facts_ = { startsOn: BusinessDate.parse(facts.startsOn), endsOn: facts.endsOn ? BusinessDate.parse(facts.endsOn) : null, status: facts.status };
      if (isPayableIn(facts_, BusinessDate.parse('2026-05-01'))) expected.push(ids[i]);
    }
    const paid = await assistance.app.get<PaymentRunQueries>(PAYMENT_RUN_QUERIES).payableAmong('2026-05-01', ids);
    expect(paid).toEqual([...expected].sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ids.length);
  });
});
