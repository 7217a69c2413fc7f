import { FuneralBill } from '../domain/funeral-bill-issue';

export interface BillView {
  deathRecordId: string;
  lines: { code: string; name: string; quantity: number; amount: string; waived: string }[];
  total: string;
  waived: string;
  due: string;
  waiverBasis: string | null;
  serviceDate: string | null;
  funeralHome: string | null;
}

export interface ServiceItemView {
  code: string;
  name: string;
  unit: string;
  price: string;
  basic: boolean;
}

export interface PriceView {
  funeralHome: string;
  effectiveFrom: string;
  price: string;
  recordedBy: string;
}

/** Query port: the catalogue and bills. */
export interface ChargesQueries {
  /** The services with the prices in force at the funeral home (city-wide when none is named) on the day. */
  catalogue(funeralHome: string, on: string): Promise<ServiceItemView[]>;
  /** A service's listed prices, every home and date, newest first; null for an unknown service. */
  priceHistory(code: string): Promise<PriceView[] | null>;
  bill(deathRecordId: string): Promise<BillView | null>;
}

export const CHARGES_QUERIES = Symbol('CHARGES_QUERIES');

export function billView(bill: FuneralBill): BillView {
  return {
    deathRecordId: bill.deathRecordId,
    lines: bill.lines.map((l) => ({ code: l.code, name: l.name, quantity: l.quantity, amount: l.amount.toString(), waived: l.waived.toString() })),
    total: bill.total.toString(),
    waived: bill.waived.toString(),
    due: bill.due.toString(),
    waiverBasis: bill.waiverBasis,
    serviceDate: bill.serviceDate.toString(),
    funeralHome: bill.funeralHome,
  };
}
