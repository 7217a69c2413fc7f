import { BusinessDate } from '@civic/domain-kernel';
import { amountInForce, corrections, DatedAmount } from './earlier-months';
import { DatedStatusChange } from './payable';

const d = (text: string) => BusinessDate.parse(text);
const paid = (...months: [string, number][]) => months.map(([month, paidFen]) => ({ month: d(`${month}-01`), paidFen }));

describe('补发 and 追回: corrections of months already paid', () => {
  const amounts: DatedAmount[] = [{ effectiveFrom: d('2026-01-01'), amountFen: 142000 }];
  const benefit = (changes: DatedStatusChange[] = [], more: DatedAmount[] = [], endsOn: string | null = null) => ({
    startsOn: d('2026-01-01'),
    endsOn: endsOn ? d(endsOn) : null,
    statusChanges: changes,
    amounts: [...amounts, ...more],
  });

  it('correct nothing when every paid month was paid what it is due', () => {
    expect(corrections(benefit(), paid(['2026-09', 142000], ['2026-10', 142000]))).toEqual([]);
  });

  it('recover the months a suspension dated back into them should not have paid (一人死亡: June paid, July not)', () => {
    const died = benefit([{ effectiveOn: d('2026-07-01'), to: 'terminated' }], [], '2026-06-30');
    expect(corrections(died, paid(['2026-06', 142000], ['2026-07', 142000], ['2026-08', 142000]))).toEqual([
      { period: d('2026-07-01'), kind: 'recovery', amountFen: -142000 },
      { period: d('2026-08-01'), kind: 'recovery', amountFen: -142000 },
    ]);
  });

  it('pay arrears for months a resumption or a grant dated back into them did not pay', () => {
    const resumed = benefit([
      { effectiveOn: d('2026-03-01'), to: 'suspended' },
      { effectiveOn: d('2026-09-01'), to: 'active' },
    ]);
    expect(corrections(resumed, paid(['2026-08', 0], ['2026-09', 0], ['2026-10', 0]))).toEqual([
      { period: d('2026-09-01'), kind: 'arrears', amountFen: 142000 },
      { period: d('2026-10-01'), kind: 'arrears', amountFen: 142000 },
    ]);
  });

  it('itemise a re-pricing dated back by the difference per month, in either direction', () => {
    const repriced = benefit([], [{ effectiveFrom: d('2026-10-01'), amountFen: 150050 }]);
    expect(corrections(repriced, paid(['2026-09', 142000], ['2026-10', 142000]))).toEqual([{ period: d('2026-10-01'), kind: 'arrears', amountFen: 8050 }]);
    const lowered = benefit([], [{ effectiveFrom: d('2026-10-01'), amountFen: 100000 }]);
    expect(corrections(lowered, paid(['2026-10', 142000]))).toEqual([{ period: d('2026-10-01'), kind: 'recovery', amountFen: -42000 }]);
  });

  it('count corrections already made: a month corrected once is not corrected again', () => {
    const died = benefit([{ effectiveOn: d('2026-07-01'), to: 'suspended' }]);
    expect(corrections(died, paid(['2026-07', 142000 - 142000]))).toEqual([]);
  });

  it('read the amount in force on a day from the dated amounts', () => {
    const history = [...amounts, { effectiveFrom: d('2026-10-01'), amountFen: 150050 }];
    expect(amountInForce(history, d('2025-12-01'))).toBe(0);
    expect(amountInForce(history, d('2026-09-01'))).toBe(142000);
    expect(amountInForce(history, d('2026-10-01'))).toBe(150050);
  });
});
