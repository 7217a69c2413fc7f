import { BusinessDate, Money } from '@civic/domain-kernel';
import { HouseholdMember } from '../../household/domain/household-member';
import { benefitAmount } from '../../programme/domain/benefit-amount';
import { AmountRule } from '../../programme/domain/programme';
import { Benefit } from './benefit';

/**
 * 成员变更: when a household's members or their incomes change, each open benefit is re-priced from
 * the first of next month (the month of the change is paid as it was; from its start when it has not
 * started yet) by the programme's own amount rule, on the members and incomes now recorded and the
 * standard in force then, so the same rule decides a grant and every later change. One-off payments
 * never change. Returns whether the benefit changed.
 */
export function repriceForMemberChange(
  benefit: Benefit,
  rule: AmountRule,
  members: readonly HouseholdMember[],
  standardOn: (day: BusinessDate) => Money | null,
  today: BusinessDate,
  reason: string,
): boolean {
  if (rule.kind === 'one-off') return false;
  const s = benefit.snapshot();
  const nextMonth = today.addMonths(1).firstOfMonth();
  const from = s.startsOn.isAfter(nextMonth) ? s.startsOn : nextMonth;
  const standard = standardOn(from);
  // Without a standard in force the rule cannot price it; the benefit stays as it is until one is set.
  if (!standard) return false;
  const totalIncome = members.reduce((sum, m) => sum.plus(m.monthlyIncome), Money.ZERO);
  // Essential spending (支出型) stays as verified until the next verification.
  const essentialSpending = s.basis.essentialSpending ? Money.parse(s.basis.essentialSpending) : undefined;
  const { amount, recipients } = benefitAmount(rule, { members, totalIncome, standard, essentialSpending });
  return benefit.reprice(
    amount,
    from,
    `成员变更: ${reason}`.slice(0, 500),
    {
      perCapitaIncome: totalIncome.timesRatio(1, members.length).toString(),
      totalIncome: totalIncome.toString(),
      ...(essentialSpending ? { essentialSpending: essentialSpending.toString() } : {}),
      rule: rule.kind,
      standard: standard?.toString() ?? null,
    },
    { recipients, memberCitizenIds: members.map((m) => m.citizenId.value) },
  );
}
