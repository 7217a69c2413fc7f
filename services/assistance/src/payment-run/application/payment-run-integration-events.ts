import { PaymentRunCompleted } from '@civic/contracts';
import { Money } from '@civic/domain-kernel';
import { RaisedEvent } from '@civic/platform';
import { PaymentRunTotals } from '../domain/payment-run.repository';

/** The published event of a completed run (`month` is its first day): the only place it is built. */
export function paymentRunCompletedEvent(month: string, totals: PaymentRunTotals, completedAt: Date): RaisedEvent {
  const label = month.slice(0, 7);
  return {
    contract: PaymentRunCompleted,
    subject: label,
    data: {
      month: label,
      lines: totals.lines,
      total: Money.ofFen(totals.totalFen).toString(),
      byDistrict: totals.byDistrict.map((d) => ({ divisionCode: d.divisionCode, lines: d.lines, total: Money.ofFen(d.totalFen).toString() })),
      completedAt: completedAt.toISOString(),
    },
  };
}
