import { DomainError, Money } from '@civic/domain-kernel';

export interface ServiceItem {
  code: string;
  name: string;
  unit: string;
  price: Money;
  /** 基本殡葬服务: waived for eligible residents (惠民). */
  basic: boolean;
}

export interface BillLine {
  code: string;
  name: string;
  quantity: number;
  amount: Money;
  waived: Money;
}

/**
 * A funeral bill from the price catalogue: each line at the listed price; when the deceased was on a
 * qualifying benefit (惠民政策), the basic services are waived in full, optional ones never.
 */
export function billOf(
  catalogue: Map<string, ServiceItem>,
  items: { code: string; quantity: number }[],
  waiverApplies: boolean,
): { lines: BillLine[]; total: Money; waived: Money; due: Money } {
  if (items.length === 0) throw new DomainError('BILL.EMPTY', 'a bill needs at least one service', 'invalid', 'items');
  const lines = items.map((item, i) => {
    const service = catalogue.get(item.code);
    if (!service) throw new DomainError('BILL.UNKNOWN_SERVICE', `items[${i}].code ${item.code} is not in the price catalogue`, 'invalid', `items[${i}].code`);
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 100)
      throw new DomainError('BILL.QUANTITY_INVALID', `items[${i}].quantity must be 1-100`, 'invalid', `items[${i}].quantity`);
    const amount = service.price.times(item.quantity);
    return { code: service.code, name: service.name, quantity: item.quantity, amount, waived: waiverApplies && service.basic ? amount : Money.ZERO };
  });
  const total = lines.reduce((sum, l) => sum.plus(l.amount), Money.ZERO);
  const waived = lines.reduce((sum, l) => sum.plus(l.waived), Money.ZERO);
  return { lines, total, waived, due: total.minus(waived) };
}
