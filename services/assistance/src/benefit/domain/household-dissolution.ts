import { BusinessDate } from '@civic/domain-kernel';
import { Benefit } from './benefit';

/**
 * A dissolved household (注销) is no longer a household to support: each of its open benefits ends
 * from the first of next month (the month of dissolution is still paid), or from its start when it
 * had not started yet (then it is never paid).
 */
export function endForDissolvedHousehold(benefit: Benefit, today: BusinessDate, reason: string): void {
  const nextMonth = today.addMonths(1).firstOfMonth();
  const startsOn = benefit.snapshot().startsOn;
  benefit.terminate(startsOn.isAfter(nextMonth) ? startsOn : nextMonth, `家庭注销: ${reason}`.slice(0, 1000));
}
