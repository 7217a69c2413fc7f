/** A `supermarket` row as the adapters select it. */
export interface SupermarketRow {
  id: string;
  name: string;
  division_code: string;
  operator_organisation_id: string | null;
  monthly_allowance_fen: string;
  status: 'open' | 'closed';
  closed_reason: string | null;
  version: number;
}

export const SUPERMARKET_COLUMNS = `id, name, division_code, operator_organisation_id, monthly_allowance_fen, status, closed_reason, version`;

/** A `supermarket_stock` row. */
export interface StockLotRow {
  id: string;
  supermarket_id: string;
  donation_id: string;
  item: string;
  unit: string;
  quantity_received: number;
  quantity_left: number;
  unit_value_fen: string;
  received_on: string;
}

export const STOCK_LOT_COLUMNS = `id, supermarket_id, donation_id, item, unit, quantity_received, quantity_left, unit_value_fen, received_on::text AS received_on`;

/** Eligible today ($2): a benefit that has started and not yet ended (its end is the first day without it). */
export const ELIGIBLE_ON = `since <= $2::date AND (until IS NULL OR until > $2::date)`;

/** What resident $1 took in the month of $2 at every charity supermarket, in fen. */
export const USED_IN_MONTH = `(SELECT COALESCE(sum(value_fen), 0) FROM supermarket_distribution
  WHERE citizen_id = $1 AND given_on >= date_trunc('month', $2::date) AND given_on < date_trunc('month', $2::date) + interval '1 month')`;
