import { errorCodeOf, Money } from '@civic/domain-kernel';
import { isTriggered, PriceSubsidyPolicy, revisedPolicy, subsidyFor } from './price-subsidy-policy';

const policy: PriceSubsidyPolicy = {
  cpiThresholdPercent: 3.5,
  foodThresholdPercent: 6,
  perPerson: Money.parse('50.00'),
  programmes: ['dibao', 'tekun'],
  version: 3,
};

describe('price-linked subsidy policy (价格临时补贴)', () => {
  it.each([
    [3.49, 5.99, false],
    [3.5, 0, true],
    [0, 6, true],
  ])('CPI %d %% and food %d %%: triggered %s', (cpi, food, triggered) => {
    expect(isTriggered(policy, cpi, food)).toBe(triggered);
  });

  it('pays the per-person amount for each person covered', () => {
    expect(subsidyFor(policy, 3).toString()).toBe('150.00');
  });

  it('revises the policy to the next version, refusing a zero amount and malformed thresholds', () => {
    expect(revisedPolicy(policy, { cpiThresholdPercent: 3, foodThresholdPercent: 5, perPerson: Money.parse('60.00'), programmes: ['dibao'] })).toMatchObject({
      version: 4,
      cpiThresholdPercent: 3,
    });
    expect(errorCodeOf(() => revisedPolicy(policy, { cpiThresholdPercent: 3, foodThresholdPercent: 5, perPerson: Money.ZERO, programmes: [] }))).toBe(
      'PRICE_SUBSIDY.AMOUNT_INVALID',
    );
    expect(errorCodeOf(() => revisedPolicy(policy, { cpiThresholdPercent: 3.333, foodThresholdPercent: 5, perPerson: Money.parse('1'), programmes: [] }))).toBe(
      'PRICE_INDEX.INVALID',
    );
  });
});
