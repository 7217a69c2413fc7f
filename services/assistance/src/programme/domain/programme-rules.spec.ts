import { BusinessDate, CitizenId, DomainError, Money } from '@civic/domain-kernel';
import { HouseholdMember } from '../../household/domain/household-member';
import { benefitAmount, recomputedAmount } from './benefit-amount';
import { EligibilityCondition, unmetConditions, validateConditions } from './eligibility';
import { StandardSchedule } from './standard-schedule';

const yuan = (v: string) => Money.parse(v);
const person = (id: string, grade: 1 | 2 | 3 | 4 | null = null, income = '0'): HouseholdMember => ({
  citizenId: CitizenId.parse(id),
  name: 'x',
  relation: 'head',
  monthlyIncome: yuan(income),
  assets: yuan('0'),
  disabilityGrade: grade,
});
const elder = person('11010519491231002X');
const adult = person('110105198001011238');
const on = BusinessDate.parse('2026-03-01');

describe('the 低保 gap formula', () => {
  it.each([
    ['(1420 - 300 / 2) x 2', '1420', '300', 2, '2540.00'],
    ['never negative', '1420', '4500', 3, '0.00'],
    // (1420 - 333.33) x 3 would be 3260.01: the rounded per-capita figure must not reach the amount.
    ['exact from the totals: 1420 x 3 - 1000', '1420.00', '1000.00', 3, '3260.00'],
  ])('%s', (_what, standard, totalIncome, members, expected) => {
    const result = benefitAmount({ kind: 'gap' }, { members: Array(members).fill(adult), totalIncome: yuan(totalIncome), standard: yuan(standard) });
    expect(result.amount.toString()).toBe(expected);
    expect(result.recipients).toBe(members);
  });

  it('pays per eligible member for the disability subsidies, and the decided amount once for temporary assistance', () => {
    const members = [person('11010519491231002X', 1), person('110105198001011238', 3)];
    expect(benefitAmount({ kind: 'per-eligible-member', disabilityGrades: [1, 2] }, { members, totalIncome: yuan('0'), standard: yuan('300') })).toEqual({
      amount: yuan('300'),
      recipients: 1,
    });
    expect(
      benefitAmount({ kind: 'one-off', maxYuan: '20000' }, { members, totalIncome: yuan('0'), standard: null, decidedAmount: yuan('3000') }).amount.toString(),
    ).toBe('3000.00');
    expect(() =>
      benefitAmount({ kind: 'one-off', maxYuan: '20000' }, { members, totalIncome: yuan('0'), standard: null, decidedAmount: yuan('30000') }),
    ).toThrow(DomainError);
    expect(() => benefitAmount({ kind: 'gap' }, { members, totalIncome: yuan('0'), standard: null })).toThrow(/no standard/);
  });

  it('re-computes a running benefit under a new standard from what it was granted on', () => {
    const granted = { recipients: 3, perCapitaIncome: yuan('333.33'), totalIncome: yuan('1000.00') };
    expect(recomputedAmount({ kind: 'gap' }, granted, yuan('1510'))?.toString()).toBe('3530.00');
    // Benefits granted before the total was kept: per-capita figure x recipients.
    expect(recomputedAmount({ kind: 'gap' }, { recipients: 2, perCapitaIncome: yuan('1400'), totalIncome: null }, yuan('1510'))?.toString()).toBe('220.00');
    expect(recomputedAmount({ kind: 'per-member' }, { ...granted, recipients: 1 }, yuan('1846'))?.toString()).toBe('1846.00');
    expect(recomputedAmount({ kind: 'one-off', maxYuan: '1' }, granted, yuan('1'))).toBeNull();
  });

  it('prices 支出型 on income less essential spending against its share of the standard, not the plain gap', () => {
    const rule = { kind: 'gap-after-essential-spending' as const, percentOfStandard: 50 };
    const two = [adult, adult];
    // 2840 x 50% x 2 - (2000 - 1500): the plain gap on 2840 would be 3680.00.
    const amount = (spending: string) =>
      benefitAmount(rule, { members: two, totalIncome: yuan('2000'), essentialSpending: yuan(spending), standard: yuan('2840') });
    expect(amount('1500').amount.toString()).toBe('2340.00');
    expect(amount('1500').recipients).toBe(2);
    // Spending beyond income leaves no negative income: the whole share is paid.
    expect(amount('2600').amount.toString()).toBe('2840.00');
    expect(amount('0').amount.toString()).toBe('840.00');
    const granted = { recipients: 2, perCapitaIncome: yuan('1000'), totalIncome: yuan('2000'), essentialSpending: yuan('1500') };
    expect(recomputedAmount(rule, granted, yuan('3000'))?.toString()).toBe('2500.00');
  });
});

describe('eligibility conditions as data', () => {
  const facts = (overrides: Partial<Parameters<typeof unmetConditions>[1]> = {}) => ({
    members: [adult],
    perCapitaIncome: yuan('1000'),
    totalIncome: yuan('1000'),
    perCapitaAssets: yuan('0'),
    monthlyEssentialSpending: yuan('0'),
    legalSupporters: null as { ableToSupport: boolean }[] | null,
    on,
    standard: yuan('1420'),
    ...overrides,
  });

  it('measures income against a share of the standard', () => {
    const conditions: EligibilityCondition[] = [{ fact: 'per-capita-income', atMostPercentOfStandard: 100 }];
    expect(unmetConditions(conditions, facts())).toEqual([]);
    expect(unmetConditions(conditions, facts({ perCapitaIncome: yuan('1420.01') }))).toEqual(['per-capita monthly income 1420.01 exceeds 1420.00']);
  });

  it('grant 特困 only where no legal supporter (法定义务人) is able to support, and only once verification has looked', () => {
    const conditions: EligibilityCondition[] = [{ fact: 'no-legal-supporter-able-to-support' }];
    expect(unmetConditions(conditions, facts())).toEqual(['legal supporters (法定赡养抚养扶养义务人) were not verified']);
    expect(unmetConditions(conditions, facts({ legalSupporters: [] }))).toEqual([]);
    expect(unmetConditions(conditions, facts({ legalSupporters: [{ ableToSupport: false }] }))).toEqual([]);
    expect(unmetConditions(conditions, facts({ legalSupporters: [{ ableToSupport: false }, { ableToSupport: true }] }))).toEqual([
      '1 legal supporter(s) (法定义务人) able to support',
    ]);
  });

  it('lets essential spending bring expenditure-type poverty within reach', () => {
    const conditions: EligibilityCondition[] = [{ fact: 'per-capita-income-after-essential-spending', atMostPercentOfStandard: 50 }];
    expect(unmetConditions(conditions, facts())).toHaveLength(1);
    expect(unmetConditions(conditions, facts({ monthlyEssentialSpending: yuan('400') }))).toEqual([]);
  });

  it('checks 特困: a household of one unable to work', () => {
    const conditions: EligibilityCondition[] = [
      { fact: 'household-size', atMost: 1 },
      { fact: 'every-member-unable-to-work', ageAtLeast: 60, ageBelow: 16, disabilityGrades: [1, 2] },
    ];
    expect(unmetConditions(conditions, facts({ members: [elder] }))).toEqual([]);
    expect(unmetConditions(conditions, facts({ members: [adult] }))).toHaveLength(1);
    expect(unmetConditions(conditions, facts({ members: [person('110105198001011238', 2)] }))).toEqual([]);
    expect(unmetConditions(conditions, facts({ members: [elder, adult] }))).toHaveLength(2);
  });

  it('refuses malformed conditions from operators', () => {
    expect(() => validateConditions([{ fact: 'shoe-size', atMost: 3 }])).toThrow(/fact must be one of/);
    expect(() => validateConditions([{ fact: 'per-capita-income', atMostPercentOfStandard: -5 }])).toThrow(DomainError);
    expect(() => validateConditions('all of them')).toThrow(DomainError);
    expect(validateConditions([{ fact: 'household-size', atMost: 1 }])).toEqual([{ fact: 'household-size', atMost: 1 }]);
    // A misspelt or misplaced threshold is refused, never silently dropped.
    expect(() => validateConditions([{ fact: 'household-size', atMost: 1, atMostt: 2 }])).toThrow(/household-size takes atMost, not atMostt/);
    expect(() => validateConditions([{ fact: 'per-capita-income', atMostPercentOfStandard: 100, atMostYuan: '5' }])).toThrow(/not atMostYuan/);
  });
});

describe('StandardSchedule', () => {
  const schedule = () =>
    new StandardSchedule([
      { effectiveFrom: BusinessDate.parse('2021-07-01'), amount: yuan('1330') },
      { effectiveFrom: BusinessDate.parse('2022-07-01'), amount: yuan('1420') },
    ]);
  it('gives the standard in force on a date', () => {
    expect(schedule().amountOn(BusinessDate.parse('2022-06-30'))?.toString()).toBe('1330.00');
    expect(schedule().amountOn(BusinessDate.parse('2022-07-01'))?.toString()).toBe('1420.00');
    expect(schedule().amountOn(BusinessDate.parse('2020-01-01'))).toBeNull();
  });
  it('adds versions on the first of a month, once per date', () => {
    const s = schedule();
    expect(s.adjust(BusinessDate.parse('2026-07-01'), yuan('1510')).previous?.toString()).toBe('1420.00');
    expect(() => s.adjust(BusinessDate.parse('2026-07-01'), yuan('1600'))).toThrow(/already/);
    expect(() => s.adjust(BusinessDate.parse('2026-08-15'), yuan('1600'))).toThrow(/first day/);
    expect(() => s.adjust(BusinessDate.parse('2026-09-01'), yuan('0'))).toThrow(/more than zero/);
  });
});
