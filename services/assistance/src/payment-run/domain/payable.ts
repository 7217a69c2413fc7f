import { BusinessDate } from '@civic/domain-kernel';

/** What decides whether a month pays a benefit. */
export interface PayableFacts {
  startsOn: BusinessDate;
  endsOn: BusinessDate | null;
  status: 'active' | 'suspended' | 'terminated';
}

/**
 * The benefits a month pays (its first day, `month`): started by then, not ended before it, not
 * suspended. A terminated benefit is still paid for the months up to its end. The payment run's
 * set-based statement applies the same test (`PAYABLE_SQL`) and is tested to agree with this one.
 */
export function isPayableIn(benefit: PayableFacts, month: BusinessDate): boolean {
  return !benefit.startsOn.isAfter(month) && (benefit.endsOn === null || !benefit.endsOn.isBefore(month)) && benefit.status !== 'suspended';
}
