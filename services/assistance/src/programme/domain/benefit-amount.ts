import { DomainError, Money } from '@civic/domain-kernel';
import { HouseholdMember } from '../../household/domain/household-member';
import { AmountRule } from './programme';

export interface AmountInputs {
  members: readonly HouseholdMember[];
  /** The household's total monthly income (not the rounded per-capita figure: see the gap). */
  totalIncome: Money;
  standard: Money | null;
  /** 刚性支出: essential medical and education spending a month, deducted by the 支出型 rule. */
  essentialSpending?: Money;
  /** For one-off payments: what the district decided. */
  decidedAmount?: Money;
}

/** The monthly amount (or one-off amount) a household receives, and how many people it covers. */
export function benefitAmount(rule: AmountRule, inputs: AmountInputs): { amount: Money; recipients: number } {
  const n = inputs.members.length;
  const standard = () => {
    if (!inputs.standard) throw new DomainError('PROGRAMME.NO_STANDARD', 'no standard is in force for the start date', 'rule');
    return inputs.standard;
  };
  switch (rule.kind) {
    case 'gap':
      // 低保差额: (standard - per-capita income) x members, never negative, computed from the totals
      // (standard x members - total income) so no rounding of the per-capita figure enters the amount.
      return { amount: gapOf(standard(), n, inputs.totalIncome), recipients: n };
    case 'gap-after-essential-spending':
      return { amount: expenseGapOf(rule, standard(), n, inputs.totalIncome, inputs.essentialSpending ?? Money.ZERO), recipients: n };
    case 'per-member':
      return { amount: standard().times(n), recipients: n };
    case 'per-eligible-member': {
      const eligible = inputs.members.filter((m) => m.disabilityGrade !== null && rule.disabilityGrades.includes(m.disabilityGrade)).length;
      return { amount: standard().times(eligible), recipients: Math.max(eligible, 1) };
    }
    case 'one-off': {
      const decided = inputs.decidedAmount;
      if (!decided || decided.isZero() || decided.isNegative())
        throw new DomainError('BENEFIT.AMOUNT_REQUIRED', 'a one-off payment needs the amount decided', 'invalid', 'amount');
      if (decided.compare(Money.parse(rule.maxYuan)) > 0)
        throw new DomainError('BENEFIT.AMOUNT_OVER_LIMIT', `a one-off payment is at most ${Money.parse(rule.maxYuan)}`, 'rule', 'amount');
      return { amount: decided, recipients: n };
    }
  }
}

/**
 * The amount of a running benefit under another standard, from what it was granted on (recipients
 * and total income), so a standard adjustment needs no new means test. One-off payments never change.
 * Benefits granted before the total was kept re-compute from their per-capita figure times recipients.
 */
export function recomputedAmount(
  rule: AmountRule,
  basis: { recipients: number; perCapitaIncome: Money; totalIncome: Money | null; essentialSpending?: Money | null },
  standard: Money | null,
): Money | null {
  if (rule.kind === 'one-off') return null;
  if (!standard) throw new DomainError('PROGRAMME.NO_STANDARD', 'no standard is in force for the date', 'rule');
  const totalIncome = basis.totalIncome ?? basis.perCapitaIncome.times(basis.recipients);
  if (rule.kind === 'gap-after-essential-spending') return expenseGapOf(rule, standard, basis.recipients, totalIncome, basis.essentialSpending ?? Money.ZERO);
  if (rule.kind !== 'gap') return standard.times(basis.recipients);
  return gapOf(standard, basis.recipients, totalIncome);
}

/**
 * 支出型: income less essential spending (never below zero) against the rule's share of the
 * standard, from the totals so the amount is exact in fen: share x standard x members - net income.
 */
function expenseGapOf(rule: { percentOfStandard: number }, standard: Money, members: number, totalIncome: Money, essentialSpending: Money): Money {
  const netIncome = totalIncome.minus(essentialSpending).atLeastZero();
  return standard
    .times(members)
    .timesRatio(Math.round(rule.percentOfStandard * 100), 10_000)
    .minus(netIncome)
    .atLeastZero();
}

/** standard x members - total income, never negative: exact in fen. */
function gapOf(standard: Money, members: number, totalIncome: Money): Money {
  return standard.times(members).minus(totalIncome).atLeastZero();
}
