import { PaymentRunCompleted } from '@civic/contracts';
import { PaymentRunTotals, runCompletedData } from '@civic/payment-run';
import { RaisedEvent } from '@civic/platform';

/** The published event of a completed run (`month` is its first day): the only place it is built. */
export function paymentRunCompletedEvent(month: string, totals: PaymentRunTotals, completedAt: Date): RaisedEvent {
  return { contract: PaymentRunCompleted, subject: month.slice(0, 7), data: runCompletedData(month, totals, completedAt) };
}
