import { PageQuery, RecordDivisions } from '@civic/platform';
import { StockLot } from '../domain/stock-lot';
import { Supermarket } from '../domain/supermarket';
import { Distribution } from '../domain/supermarket.repository';

export interface SupermarketView {
  id: string;
  name: string;
  divisionCode: string;
  operatorOrganisationId: string | null;
  monthlyAllowance: string;
  status: string;
  closedReason: string | null;
  version: number;
}

export interface StockLotView {
  id: string;
  donationId: string;
  item: string;
  unit: string;
  quantityReceived: number;
  quantityLeft: number;
  unitValue: string;
  receivedOn: string;
}

export interface DistributionView {
  id: string;
  stockId: string;
  citizenId: string;
  item: string;
  quantity: number;
  value: string;
  givenOn: string;
}

/** A resident at the counter: eligible here or not, and what is left of the month's allowance. */
export interface CustomerView {
  citizenId: string;
  eligible: boolean;
  programmes: string[];
  month: string;
  monthlyAllowance: string;
  usedThisMonth: string;
  remaining: string;
}

/** Query port: supermarkets, their shelves, what they gave and the residents at their counters. */
export interface SupermarketQueries extends RecordDivisions {
  get(id: string): Promise<SupermarketView | null>;
  list(filter: { divisionCode?: string; status?: string }, page: PageQuery): Promise<{ items: SupermarketView[]; total: number }>;
  stock(id: string, inStockOnly: boolean): Promise<StockLotView[]>;
  distributions(id: string, filter: { month?: string }, page: PageQuery): Promise<{ items: DistributionView[]; total: number }>;
  customer(supermarket: SupermarketView, citizenId: string, today: string): Promise<CustomerView>;
}

export const SUPERMARKET_QUERIES = Symbol('SUPERMARKET_QUERIES');

export function supermarketView(supermarket: Supermarket): SupermarketView {
  const s = supermarket.snapshot();
  return { ...s, monthlyAllowance: s.monthlyAllowance.toString() };
}

export function stockLotView(lot: StockLot): StockLotView {
  return {
    id: lot.id,
    donationId: lot.donationId,
    item: lot.item,
    unit: lot.unit,
    quantityReceived: lot.quantityReceived,
    quantityLeft: lot.quantityLeft,
    unitValue: lot.unitValue.toString(),
    receivedOn: lot.receivedOn.toString(),
  };
}

export function distributionView(distribution: Distribution, item: string): DistributionView {
  return {
    id: distribution.id,
    stockId: distribution.stockId,
    citizenId: distribution.citizenId,
    item,
    quantity: distribution.quantity,
    value: distribution.value.toString(),
    givenOn: distribution.givenOn.toString(),
  };
}
