import { BusinessDate, errorCodeOf, Money } from '@civic/domain-kernel';
import { allowanceCorrections, AllowanceChild, AllowanceStandard, checkStandard, monthlyAllowance, mustBeMinorIn, standardFor } from './allowance-rules';

const d = (text: string) => BusinessDate.parse(text);
const yuan = (text: string) => Money.parse(text);
const standards: AllowanceStandard[] = [
  { category: 'orphan', monthlyAmount: yuan('2000.00'), effectiveFrom: d('2025-01-01') },
  { category: 'orphan', monthlyAmount: yuan('2190.00'), effectiveFrom: d('2026-07-01') },
  { category: 'de-facto-unattended', monthlyAmount: yuan('2190.00'), effectiveFrom: d('2026-01-01') },
];
const child = (over: Partial<AllowanceChild> = {}): AllowanceChild => ({
  birthDate: d('2010-05-20'),
  categories: [{ category: 'orphan', effectiveOn: d('2026-03-10') }],
  closedOn: null,
  ...over,
});
const paid = (c: AllowanceChild, month: string) => monthlyAllowance(c, standards, d(`${month}-01`)).toString();

describe('monthly basic living allowance (基本生活保障金)', () => {
  it('pays the standard in force on the month’s first day, a new one from its month', () => {
    expect(paid(child(), '2026-06')).toBe('2000.00');
    expect(paid(child(), '2026-07')).toBe('2190.00');
    expect(standardFor(standards, 'orphan', d('2024-12-15'))).toBeNull();
  });

  it('pays from the month the child entered a paid category, and only for paid categories', () => {
    expect(paid(child(), '2026-02')).toBe('0.00');
    expect(paid(child(), '2026-03')).toBe('2000.00');
    expect(paid(child({ categories: [{ category: 'left-behind', effectiveOn: d('2026-01-01') }] }), '2026-03')).toBe('0.00');
    const became = child({
      categories: [
        { category: 'left-behind', effectiveOn: d('2025-01-01') },
        { category: 'de-facto-unattended', effectiveOn: d('2026-04-15') },
      ],
    });
    expect(paid(became, '2026-03')).toBe('0.00');
    expect(paid(became, '2026-04')).toBe('2190.00');
  });

  it('pays through the month of the 18th birthday, adoption or death, and stops the month after', () => {
    const turning = child({ birthDate: d('2008-08-15'), categories: [{ category: 'orphan', effectiveOn: d('2020-01-01') }] });
    expect(paid(turning, '2026-08')).toBe('2190.00');
    expect(paid(turning, '2026-09')).toBe('0.00');
    const adopted = child({ closedOn: d('2026-09-10') });
    expect(paid(adopted, '2026-09')).toBe('2190.00');
    expect(paid(adopted, '2026-10')).toBe('0.00');
  });

  it('takes a standard from the first of a month, above zero, for a paid category', () => {
    expect(errorCodeOf(() => checkStandard({ category: 'orphan', monthlyAmount: yuan('1.00'), effectiveFrom: d('2026-07-02') }))).toBe(
      'ALLOWANCE.NOT_FIRST_OF_MONTH',
    );
    expect(errorCodeOf(() => checkStandard({ category: 'left-behind', monthlyAmount: yuan('1.00'), effectiveFrom: d('2026-07-01') }))).toBe(
      'ALLOWANCE.CATEGORY_INVALID',
    );
    expect(errorCodeOf(() => checkStandard({ category: 'orphan', monthlyAmount: Money.ZERO, effectiveFrom: d('2026-07-01') }))).toBe(
      'ALLOWANCE.AMOUNT_INVALID',
    );
  });
});

describe('corrections of allowance months already paid (补发 / 追回)', () => {
  const paidMonths = (...months: [string, string][]) => months.map(([m, amount]) => ({ month: d(`${m}-01`), paidFen: yuan(amount).fen }));

  it('pays the difference of a standard dated back into paid months, each month once', () => {
    const raised = [...standards, { category: 'orphan' as const, monthlyAmount: yuan('2100.00'), effectiveFrom: d('2026-05-01') }];
    const found = allowanceCorrections(child(), raised, paidMonths(['2026-04', '2000.00'], ['2026-05', '2000.00'], ['2026-06', '2000.00']));
    expect(found.map((c) => [c.period.toString(), c.kind, c.amountFen])).toEqual([
      ['2026-05-01', 'arrears', 10000],
      ['2026-06-01', 'arrears', 10000],
    ]);
    // Once paid, the months agree: the next run corrects nothing.
    expect(allowanceCorrections(child(), raised, paidMonths(['2026-05', '2100.00'], ['2026-06', '2100.00']))).toEqual([]);
  });

  it('recovers months paid after a closure dated back', () => {
    const adopted = child({ closedOn: d('2026-05-20') });
    const found = allowanceCorrections(adopted, standards, paidMonths(['2026-05', '2000.00'], ['2026-06', '2000.00']));
    expect(found.map((c) => [c.period.toString(), c.kind, c.amountFen])).toEqual([['2026-06-01', 'recovery', -200000]]);
  });
});

describe('an allowance asked for a child over 18', () => {
  it('is refused after the month of the 18th birthday, naming the rule', () => {
    expect(() => mustBeMinorIn(d('2008-04-15'), d('2026-04-01'))).not.toThrow();
    expect(errorCodeOf(() => mustBeMinorIn(d('2008-04-15'), d('2026-05-01')))).toBe('ALLOWANCE.CHILD_ADULT');
  });
});
