import { BusinessDate } from './business-date';
import { DomainError } from './domain-error';

/** A date of something that happened: not later than today, else `<codePrefix>.IN_FUTURE` naming the field (400-class). */
export function notInFuture(date: BusinessDate, today: BusinessDate, field: string, codePrefix: string): void {
  if (date.isAfter(today)) throw new DomainError(`${codePrefix}.IN_FUTURE`, `${field} cannot be later than today`, 'invalid', field);
}
