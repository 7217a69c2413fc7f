import { BusinessDate } from '@civic/domain-kernel';
import { Correction, corrections as correctionsOf } from '@civic/payment-run/rules';
import { isPayableIn, PayableFacts } from './payable';

/** An amount in force from a date (核定金额), as the benefit's amount history records it. */
export interface DatedAmount {
  effectiveFrom: BusinessDate;
  amountFen: number;
}

/**
 * What a line of a run pays: the month's own allowance, or a correction of an earlier paid month
 * (补发 arrears, 追回 recovery), or a price-linked subsidy (价格临时补贴).
 */
export type PaymentLineKind = 'regular' | 'arrears' | 'recovery' | 'price-subsidy';
export const PAYMENT_LINE_KINDS: PaymentLineKind[] = ['regular', 'arrears', 'recovery', 'price-subsidy'];
export const PAYMENT_LINE_KIND_LABELS =
  'regular 当月发放 | arrears 补发 (an earlier month paid too little) | recovery 追回 (an earlier month paid too much, negative) | price-subsidy 价格临时补贴';

/** The amount in force on `day`: the latest effective by then, else nothing (not yet granted). */
export function amountInForce(amounts: readonly DatedAmount[], day: BusinessDate): number {
  let inForce: DatedAmount | undefined;
  for (const a of amounts) if (!a.effectiveFrom.isAfter(day) && (!inForce || a.effectiveFrom.isAfter(inForce.effectiveFrom))) inForce = a;
  return inForce?.amountFen ?? 0;
}

/** What a month owes a benefit by the facts as they stand now: its amount if the month pays it, else nothing. */
export function dueIn(benefit: PayableFacts & { amounts: readonly DatedAmount[] }, month: BusinessDate): number {
  return isPayableIn(benefit, month) ? amountInForce(benefit.amounts, month) : 0;
}

/** 补发 and 追回 of a benefit (`corrections` of @civic/payment-run with the benefit's due). */
export function corrections(
  benefit: PayableFacts & { amounts: readonly DatedAmount[] },
  paidMonths: readonly { month: BusinessDate; paidFen: number }[],
): Correction[] {
  return correctionsOf((month) => dueIn(benefit, month), paidMonths);
}
