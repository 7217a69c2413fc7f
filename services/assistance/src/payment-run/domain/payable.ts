import { BusinessDate } from '@civic/domain-kernel';

export type PayableStatus = 'active' | 'suspended' | 'terminated';

/** A dated status change of a benefit (暂停, 恢复, 终止), in the order it was recorded. */
export interface DatedStatusChange {
  effectiveOn: BusinessDate;
  to: PayableStatus;
}

/** What decides whether a month pays a benefit. */
export interface PayableFacts {
  startsOn: BusinessDate;
  endsOn: BusinessDate | null;
  statusChanges: readonly DatedStatusChange[];
}

/**
 * The status in force on `day`: that of the latest change effective by then (of two effective the
 * same day, the one recorded last), else active (every benefit starts active). A change takes
 * effect from its date, whenever it was recorded: a suspension recorded in August but effective
 * 1 July stops July; a resumption effective 1 September does not pay August.
 */
export function statusInForce(changes: readonly DatedStatusChange[], day: BusinessDate): PayableStatus {
  let inForce: DatedStatusChange | undefined;
  for (const change of changes) {
    if (!change.effectiveOn.isAfter(day) && (!inForce || !change.effectiveOn.isBefore(inForce.effectiveOn))) inForce = change;
  }
  return inForce?.to ?? 'active';
}

/**
 * The benefits a month pays (its first day, `month`): started by then, not ended before it, and
 * active by the status in force on that day. The payment run's set-based statement applies the same
 * test (`PAYABLE_SQL`) and is tested to agree with this one.
 */
export function isPayableIn(benefit: PayableFacts, month: BusinessDate): boolean {
  return (
    !benefit.startsOn.isAfter(month) && (benefit.endsOn === null || !benefit.endsOn.isBefore(month)) && statusInForce(benefit.statusChanges, month) === 'active'
  );
}
