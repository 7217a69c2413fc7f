import { BusinessDate, errorCodeOf, Money } from '@civic/domain-kernel';
import { checkServiceDate, CITY_WIDE, DatedPrice, mustNotBeBackdated, priceInForce } from './price-history';

const d = (text: string) => BusinessDate.parse(text);
const price = (funeralHome: string, effectiveFrom: string, yuan: string): DatedPrice => ({
  code: 'cremation',
  funeralHome,
  effectiveFrom: d(effectiveFrom),
  price: Money.parse(yuan),
});

describe('prices with history, per funeral home (收费目录)', () => {
  const prices = [price(CITY_WIDE, '2020-01-01', '600'), price(CITY_WIDE, '2027-01-01', '650'), price('龙华殡仪馆', '2026-07-01', '620')];

  it("charge the home's own price in force on the service date, else the city-wide one", () => {
    expect(priceInForce(prices, 'cremation', '龙华殡仪馆', d('2026-06-30'))?.toString()).toBe('600.00');
    expect(priceInForce(prices, 'cremation', '龙华殡仪馆', d('2027-03-01'))?.toString()).toBe('620.00');
    expect(priceInForce(prices, 'cremation', '宝兴殡仪馆', d('2026-12-31'))?.toString()).toBe('600.00');
    expect(priceInForce(prices, 'cremation', '宝兴殡仪馆', d('2027-01-01'))?.toString()).toBe('650.00');
    expect(priceInForce(prices, 'cremation', '宝兴殡仪馆', d('2019-12-31'))).toBeNull();
    expect(priceInForce(prices, 'makeup', '宝兴殡仪馆', d('2027-01-01'))).toBeNull();
  });

  it('never rewrite a price already charged, and bill services on a day between the death and today', () => {
    expect(errorCodeOf(() => mustNotBeBackdated(d('2027-02-28'), d('2027-03-01')))).toBe('PRICE.BACKDATED');
    expect(() => mustNotBeBackdated(d('2027-03-01'), d('2027-03-01'))).not.toThrow();
    expect(errorCodeOf(() => checkServiceDate(d('2027-02-26'), d('2027-02-27'), d('2027-03-01')))).toBe('BILL.SERVICE_DATE_INVALID');
    expect(errorCodeOf(() => checkServiceDate(d('2027-03-02'), d('2027-02-27'), d('2027-03-01')))).toBe('BILL.SERVICE_DATE_INVALID');
    expect(() => checkServiceDate(d('2027-02-28'), d('2027-02-27'), d('2027-03-01'))).not.toThrow();
  });
});
