import { Money } from '@civic/domain-kernel';
import { PaymentRunTotals } from './payment-run-store';

/** The data of a run's completion event (`paymentRunCompletedSchema`), `month` being its first day. */
export function runCompletedData(month: string, totals: PaymentRunTotals, completedAt: Date) {
  return {
    month: month.slice(0, 7),
    lines: totals.lines,
    total: Money.ofFen(totals.totalFen).toString(),
    byDistrict: totals.byDistrict.map((d) => ({ divisionCode: d.divisionCode, lines: d.lines, total: Money.ofFen(d.totalFen).toString() })),
    completedAt: completedAt.toISOString(),
  };
}
