import { BusinessDate, Money } from '@civic/domain-kernel';
import { Customer } from './distribution';
import { StockLot } from './stock-lot';
import { Supermarket } from './supermarket';

/** Goods given to a resident, as stored. */
export interface Distribution {
  id: string;
  supermarketId: string;
  stockId: string;
  citizenId: string;
  quantity: number;
  value: Money;
  givenOn: BusinessDate;
}

/** Port: supermarkets, their stock lots and what they give (SQL adapter in persistence/). */
export interface SupermarketRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Supermarket | null>;
  save(supermarket: Supermarket, expectedVersion: number | null): Promise<void>;
  addLot(lot: StockLot, recordedBy: string): Promise<void>;
  findLot(supermarketId: string, lotId: string): Promise<StockLot | null>;
  /** The resident as the counter sees them on `on`; the rest of the transaction has their turn (two counters never both spend one allowance). */
  customer(citizenId: string, on: BusinessDate): Promise<Customer>;
  give(distribution: Distribution, recordedBy: string): Promise<void>;
}

export const SUPERMARKET_REPOSITORY = Symbol('SUPERMARKET_REPOSITORY');
