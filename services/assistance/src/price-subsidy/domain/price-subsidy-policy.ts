import { DomainError, Money, scaledExactly } from '@civic/domain-kernel';

/**
 * 价格临时补贴 policy: the month is triggered when CPI year-on-year reaches its threshold or food
 * prices reach theirs; each eligible household then gets per-person amount x people covered.
 */
export interface PriceSubsidyPolicy {
  cpiThresholdPercent: number;
  foodThresholdPercent: number;
  perPerson: Money;
  programmes: string[];
  version: number;
}

export function isTriggered(policy: PriceSubsidyPolicy, cpiYoYPercent: number, foodYoYPercent: number): boolean {
  return cpiYoYPercent >= policy.cpiThresholdPercent || foodYoYPercent >= policy.foodThresholdPercent;
}

export function subsidyFor(policy: PriceSubsidyPolicy, recipients: number): Money {
  return policy.perPerson.times(recipients);
}

/** Index figures are percentages such as 3.6 (for +3.6 %), with at most two decimals. */
export function indexFigure(raw: number, field: string): number {
  // Two decimals exactly as written: 0.29 * 100 is not 29 in binary floating point.
  const hundredths = scaledExactly(raw, 2);
  if (hundredths === null || hundredths < -10_000 || hundredths > 100_000) {
    throw new DomainError('PRICE_INDEX.INVALID', `${field} must be a percentage between -100 and 1000 with at most two decimals`, 'invalid', field);
  }
  return raw;
}

/** A revised policy: thresholds as index figures, a per-person amount above zero; the programmes are checked to exist by the use case. */
export function revisedPolicy(
  current: PriceSubsidyPolicy,
  input: { cpiThresholdPercent: number; foodThresholdPercent: number; perPerson: Money; programmes: string[] },
): PriceSubsidyPolicy {
  if (input.perPerson.isZero() || input.perPerson.isNegative())
    throw new DomainError('PRICE_SUBSIDY.AMOUNT_INVALID', 'perPerson must be more than zero', 'invalid', 'perPerson');
  return {
    cpiThresholdPercent: indexFigure(input.cpiThresholdPercent, 'cpiThresholdPercent'),
    foodThresholdPercent: indexFigure(input.foodThresholdPercent, 'foodThresholdPercent'),
    perPerson: input.perPerson,
    programmes: input.programmes,
    version: current.version + 1,
  };
}
