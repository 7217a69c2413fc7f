import { BusinessDate, DomainError } from '@civic/domain-kernel';

/** A payment month `YYYY-MM`, held as its first day. */
export function parsePaymentMonth(raw: string, field = 'month'): BusinessDate {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(raw ?? '');
  const date = match ? BusinessDate.of(Number(match[1]), Number(match[2]), 1) : undefined;
  if (!date) throw new DomainError('PAYMENT_RUN.MONTH_INVALID', `${field} must be a month as YYYY-MM`, 'invalid', field);
  return date;
}

export function monthLabel(firstDay: BusinessDate): string {
  return firstDay.toString().slice(0, 7);
}
