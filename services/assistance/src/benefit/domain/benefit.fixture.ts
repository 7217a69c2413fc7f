import { BusinessDate, Money } from '@civic/domain-kernel';
import { Benefit, BenefitState } from './benefit';

/** A granted 低保 benefit of 1420.00 for one person, for the domain specs; overrides change any figure. */
export function dibaoBenefit(overrides: Partial<Omit<BenefitState, 'status' | 'version'>> = {}): Benefit {
  return Benefit.grant({
    id: 'b1',
    householdId: 'h1',
    applicationId: 'a1',
    programme: 'dibao',
    divisionCode: '310104003',
    exclusive: true,
    exclusionGroup: 'subsistence',
    monthlyAmount: Money.parse('1420'),
    recipients: 1,
    memberCitizenIds: [],
    basis: { perCapitaIncome: '0.00', rule: 'gap', standard: '1420.00' },
    startsOn: BusinessDate.parse('2026-01-01'),
    endsOn: null,
    ...overrides,
  });
}
