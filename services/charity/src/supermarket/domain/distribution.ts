import { DomainError, Money } from '@civic/domain-kernel';
import { StockLot } from './stock-lot';

/** The assistance programmes whose households shop at charity supermarkets: 低保 and 特困. */
export const SUPERMARKET_PROGRAMMES = ['dibao', 'tekun'] as const;

/** What the counter knows of a resident this month. */
export interface Customer {
  /** Districts where a benefit of theirs makes them eligible today. */
  eligibleDistricts: string[];
  /** Goods taken this month at every charity supermarket, valued. */
  usedThisMonth: Money;
}

/**
 * Goods given at the counter (发放): only to a resident eligible in the supermarket's district, from
 * a lot that holds enough, within the month's allowance. Returns the value given.
 */
export function checkDistribution(input: { districtCode: string; allowance: Money; customer: Customer; lot: StockLot; quantity: number }): Money {
  const { customer, lot, quantity } = input;
  if (!customer.eligibleDistricts.includes(input.districtCode))
    throw new DomainError('SUPERMARKET.NOT_ELIGIBLE', 'the resident holds no 低保 or 特困 benefit in the district of this supermarket', 'rule', 'citizenId');
  if (!Number.isInteger(quantity) || quantity < 1)
    throw new DomainError('SUPERMARKET.QUANTITY_INVALID', 'quantity must be a whole number, 1 or more', 'invalid', 'quantity');
  if (quantity > lot.quantityLeft)
    throw new DomainError('SUPERMARKET.OUT_OF_STOCK', `only ${lot.quantityLeft} ${lot.unit} of ${lot.item} left`, 'rule', 'quantity');
  const value = lot.unitValue.times(quantity);
  const remaining = input.allowance.minus(customer.usedThisMonth);
  if (value.compare(remaining) > 0)
    throw new DomainError(
      'SUPERMARKET.ALLOWANCE_EXCEEDED',
      `goods worth ${value} exceed what is left of the month's allowance (${remaining.atLeastZero()} of ${input.allowance})`,
      'rule',
      'quantity',
    );
  return value;
}
