import { BusinessDate } from '@civic/domain-kernel';

/**
 * What a member's death does to a benefit (DOMAIN.md, life events): it stops from the next month.
 * A benefit that covered only the deceased ends; one that covers others too is suspended until an
 * adviser has re-verified the household (the death also makes a lead for that).
 */
export function deathEffect(
  benefit: { recipients: number; startsOn: BusinessDate },
  dateOfDeath: BusinessDate,
): { change: 'terminate' | 'suspend'; effectiveOn: BusinessDate } {
  const nextMonth = dateOfDeath.addMonths(1).firstOfMonth();
  return { change: benefit.recipients <= 1 ? 'terminate' : 'suspend', effectiveOn: nextMonth.isBefore(benefit.startsOn) ? benefit.startsOn : nextMonth };
}
