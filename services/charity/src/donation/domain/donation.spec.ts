import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Donation, DonationPlan, ReceivingOrganisation } from './donation';

const d = (text: string) => BusinessDate.parse(text);
const organisation: ReceivingOrganisation = { id: 'o1', status: 'registered', registeredOn: d('2024-01-01'), domicileDivisionCode: '310104003' };
const plan: DonationPlan = { id: 'p1', organisationId: 'o1', runsOn: (day) => !day.isBefore(d('2026-12-01')) && !day.isAfter(d('2027-02-28')) };
const receive = (overrides: Partial<Parameters<typeof Donation.receive>[0]> = {}) =>
  Donation.receive({
    id: 'd1',
    organisation,
    plan: null,
    donorName: '张三',
    donorKind: 'person',
    kind: 'money',
    value: '200',
    goods: null,
    receivedOn: d('2026-12-05'),
    ...overrides,
  });

describe('Donation (社会捐赠)', () => {
  it('takes money or valued goods for a registered organisation, optionally within a plan’s period', () => {
    expect(receive().snapshot()).toMatchObject({ kind: 'money', planId: null, divisionCode: '310104003', receiptNo: null });
    const goods = receive({ kind: 'goods', value: '3000', goods: { description: ' 棉被 ', quantity: 20, unit: '条' }, plan });
    expect(goods.snapshot()).toMatchObject({ planId: 'p1', goods: { description: '棉被', quantity: 20, unit: '条' } });
    expect(receive({ donorKind: 'anonymous', donorName: null }).snapshot().donorName).toBeNull();
  });

  it.each([
    [{ organisation: { ...organisation, status: 'deregistered' as const } }, 'DONATION.ORGANISATION_DEREGISTERED'],
    [{ plan: { ...plan, organisationId: 'o2' } }, 'DONATION.PLAN_OF_ANOTHER_ORGANISATION'],
    [{ plan, receivedOn: d('2026-11-30') }, 'DONATION.OUTSIDE_PLAN_PERIOD'],
    [{ receivedOn: d('2023-12-31') }, 'DONATION.BEFORE_REGISTRATION'],
    [{ value: '0' }, 'DONATION.VALUE_INVALID'],
    [{ kind: 'goods' as const }, 'DONATION.GOODS_INVALID'],
    [{ kind: 'goods' as const, goods: { description: '米', quantity: 0, unit: '袋' } }, 'DONATION.GOODS_INVALID'],
    [{ goods: { description: '米', quantity: 1, unit: '袋' } }, 'DONATION.GOODS_INVALID'],
    [{ donorKind: 'anonymous' as const }, 'DONATION.DONOR_INVALID'],
    [{ donorName: null }, 'DONATION.DONOR_INVALID'],
  ])('refuses %j (%s)', (overrides, code) => {
    expect(errorCodeOf(() => receive(overrides))).toBe(code);
  });
});
