import { BusinessDate, errorCodeOf, Money } from '@civic/domain-kernel';
import { checkDistribution } from './distribution';
import { lotOf, StockLot } from './stock-lot';
import { Supermarket } from './supermarket';

const d = (text: string) => BusinessDate.parse(text);
const lot: StockLot = lotOf({
  id: 'l1',
  supermarketId: 's1',
  donation: { id: 'd1', kind: 'goods', value: Money.parse('300'), goods: { description: '大米', quantity: 20, unit: '袋' } },
  receivedOn: d('2026-11-01'),
});
const give = (overrides: Partial<Parameters<typeof checkDistribution>[0]> = {}) =>
  checkDistribution({
    districtCode: '310104',
    allowance: Money.parse('100'),
    customer: { eligibleDistricts: ['310104'], usedThisMonth: Money.parse('40') },
    lot,
    quantity: 4,
    ...overrides,
  });

describe('charity supermarket (慈善超市)', () => {
  it('opens in a district with a monthly allowance, and closes once', () => {
    const outlet = Supermarket.open({ id: 's1', name: '天平慈善超市', divisionCode: '310104003', operatorOrganisationId: null, monthlyAllowance: '100' });
    expect(outlet.districtCode).toBe('310104');
    outlet.close('场地到期');
    expect(errorCodeOf(() => outlet.close('again'))).toBe('SUPERMARKET.CLOSED');
    expect(errorCodeOf(() => Supermarket.open({ id: 's2', name: 'x', divisionCode: '310104003', operatorOrganisationId: null, monthlyAllowance: '0' }))).toBe(
      'SUPERMARKET.ALLOWANCE_INVALID',
    );
  });

  it('stocks a goods donation as one lot valued per unit, and refuses money', () => {
    expect(lot).toMatchObject({ item: '大米', quantityLeft: 20 });
    expect(lot.unitValue.toString()).toBe('15.00');
    const money = { id: 'd2', kind: 'money' as const, value: Money.parse('300'), goods: null };
    expect(errorCodeOf(() => lotOf({ id: 'l2', supermarketId: 's1', donation: money, receivedOn: d('2026-11-01') }))).toBe('SUPERMARKET.NOT_GOODS');
  });

  it('gives goods to an eligible resident up to the month’s allowance', () => {
    expect(give().toString()).toBe('60.00');
    expect(errorCodeOf(() => give({ quantity: 5 }))).toBe('SUPERMARKET.ALLOWANCE_EXCEEDED');
  });

  it.each([
    [{ customer: { eligibleDistricts: [], usedThisMonth: Money.ZERO } }, 'SUPERMARKET.NOT_ELIGIBLE'],
    [{ customer: { eligibleDistricts: ['310115'], usedThisMonth: Money.ZERO } }, 'SUPERMARKET.NOT_ELIGIBLE'],
    [{ quantity: 21, allowance: Money.parse('1000') }, 'SUPERMARKET.OUT_OF_STOCK'],
    [{ quantity: 0 }, 'SUPERMARKET.QUANTITY_INVALID'],
  ])('refuses %j (%s)', (overrides, code) => {
    expect(errorCodeOf(() => give(overrides))).toBe(code);
  });
});
