import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';

/** A lot of donated goods on a supermarket's shelves: one goods donation, valued per unit as receipted. */
export interface StockLot {
  id: string;
  supermarketId: string;
  donationId: string;
  item: string;
  unit: string;
  quantityReceived: number;
  quantityLeft: number;
  unitValue: Money;
  receivedOn: BusinessDate;
}

/** What stocking needs to know of the donation. */
export interface StockedDonation {
  id: string;
  kind: 'money' | 'goods';
  value: Money;
  goods: { description: string; quantity: number; unit: string } | null;
}

/** A goods donation becomes one lot; its unit value is the receipted value shared over the units (to the fen, rounded). */
export function lotOf(input: { id: string; supermarketId: string; donation: StockedDonation; receivedOn: BusinessDate }): StockLot {
  const { donation } = input;
  if (donation.kind !== 'goods' || !donation.goods)
    throw new DomainError('SUPERMARKET.NOT_GOODS', 'only a donation of goods stocks a supermarket', 'rule', 'donationId');
  return {
    id: input.id,
    supermarketId: input.supermarketId,
    donationId: donation.id,
    item: donation.goods.description,
    unit: donation.goods.unit,
    quantityReceived: donation.goods.quantity,
    quantityLeft: donation.goods.quantity,
    unitValue: donation.value.timesRatio(1, donation.goods.quantity),
    receivedOn: input.receivedOn,
  };
}

export function stockLotNotFound(id: string): DomainError {
  return new DomainError('SUPERMARKET.STOCK_NOT_FOUND', `no stock lot ${id} in this supermarket`, 'rule', 'stockId');
}

export function donationStocked(): DomainError {
  return new DomainError('SUPERMARKET.DONATION_STOCKED', 'the donation is on the shelves already', 'conflict', 'donationId');
}
