import { Money } from '@civic/domain-kernel';
import { billOf, ServiceItem } from './funeral-bill';

const item = (code: string, price: string, basic: boolean): [string, ServiceItem] => [
  code,
  { code, name: code, unit: 'time', price: Money.parse(price), basic },
];
const catalogue = new Map([item('cremation', '600', true), item('storage', '50', true), item('farewell-hall', '800', false)]);

describe('funeral bills', () => {
  it('waives the basic services for an eligible resident, never the optional ones', () => {
    const bill = billOf(
      catalogue,
      [
        { code: 'cremation', quantity: 1 },
        { code: 'storage', quantity: 3 },
        { code: 'farewell-hall', quantity: 1 },
      ],
      true,
    );
    expect([bill.total, bill.waived, bill.due].map(String)).toEqual(['1550.00', '750.00', '800.00']);
    const plain = billOf(catalogue, [{ code: 'cremation', quantity: 1 }], false);
    expect(plain.due.toString()).toBe('600.00');
  });
  it('refuses unknown services and bad quantities, naming the line', () => {
    expect(() => billOf(catalogue, [{ code: 'fireworks', quantity: 1 }], false)).toThrow(expect.objectContaining({ field: 'items[0].code' }));
    expect(() => billOf(catalogue, [{ code: 'storage', quantity: 0 }], false)).toThrow(expect.objectContaining({ field: 'items[0].quantity' }));
    expect(() => billOf(catalogue, [], false)).toThrow(/at least one/);
  });
});
