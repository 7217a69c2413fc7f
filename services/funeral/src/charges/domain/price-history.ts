import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';

/** The city's guide price (指导价) applies where a funeral home has no price of its own. */
export const CITY_WIDE = '*';

/** A listed price (明码标价) of a service at a funeral home (or city-wide) from a date. */
export interface DatedPrice {
  code: string;
  funeralHome: string;
  effectiveFrom: BusinessDate;
  price: Money;
}

/**
 * The price of a service in force at a funeral home on a day: the home's own latest price effective
 * by then, else the city-wide one; null when neither had started. A bill charges the prices of the
 * day the services were given, whatever the catalogue says today.
 */
export function priceInForce(prices: readonly DatedPrice[], code: string, funeralHome: string, day: BusinessDate): Money | null {
  const latest = (home: string) =>
    prices
      .filter((p) => p.code === code && p.funeralHome === home && !p.effectiveFrom.isAfter(day))
      .reduce<DatedPrice | null>((best, p) => (!best || p.effectiveFrom.isAfter(best.effectiveFrom) ? p : best), null);
  return (latest(funeralHome) ?? latest(CITY_WIDE))?.price ?? null;
}

/** A new price takes effect today or later: prices already charged are history, not rewritten. */
export function mustNotBeBackdated(effectiveFrom: BusinessDate, today: BusinessDate): void {
  if (effectiveFrom.isBefore(today))
    throw new DomainError('PRICE.BACKDATED', `effectiveFrom ${effectiveFrom} is in the past: bills already charged keep their prices`, 'rule', 'effectiveFrom');
}

/** Services are billed on the day they were given: not before the death, not after today. */
export function checkServiceDate(serviceDate: BusinessDate, dateOfDeath: BusinessDate, today: BusinessDate): void {
  if (serviceDate.isBefore(dateOfDeath) || serviceDate.isAfter(today))
    throw new DomainError('BILL.SERVICE_DATE_INVALID', `serviceDate must fall between the date of death (${dateOfDeath}) and today`, 'invalid', 'serviceDate');
}
