import { BusinessDate, DomainError } from '@civic/domain-kernel';
import { monthLabel } from './payment-month';

/**
 * The day a month's run may start: day `opensOnDay` of the month before (a bureau pays a month
 * ahead from about the 20th, when the month's changes are in). Later months are refused: a run made
 * too early would pay a month whose changes are still being recorded.
 */
export function runOpensOn(month: BusinessDate, opensOnDay: number): BusinessDate {
  const previous = month.addMonths(-1);
  return BusinessDate.of(previous.year, previous.month, opensOnDay)!;
}

export function mustBeOpenForRunning(month: BusinessDate, today: BusinessDate, opensOnDay: number): void {
  const opensOn = runOpensOn(month, opensOnDay);
  if (today.isBefore(opensOn))
    throw new DomainError('PAYMENT_RUN.MONTH_NOT_OPEN', `the payment run for ${monthLabel(month)} can start from ${opensOn.toString()}`, 'conflict', 'month');
}
