import { BusinessDate, DomainError, Money, requiredText } from '@civic/domain-kernel';

export const DONOR_KINDS = ['person', 'organisation', 'anonymous'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/** Donated goods: what, how many of which unit, and their value as receipted. */
export interface DonatedGoods {
  description: string;
  quantity: number;
  unit: string;
}

/** What a donation needs to know of the organisation receiving it and the plan it is given to. */
export interface ReceivingOrganisation {
  id: string;
  status: 'registered' | 'deregistered';
  registeredOn: BusinessDate;
  domicileDivisionCode: string;
}
export interface DonationPlan {
  id: string;
  organisationId: string;
  runsOn(day: BusinessDate): boolean;
}

export interface DonationState {
  id: string;
  organisationId: string;
  planId: string | null;
  divisionCode: string;
  donorName: string | null;
  donorKind: DonorKind;
  kind: 'money' | 'goods';
  value: Money;
  goods: DonatedGoods | null;
  receivedOn: BusinessDate;
  /** The organisation's receipt (捐赠票据) number, gapless: given by the store when the donation is added. */
  receiptNo: number | null;
}

/**
 * A donation (社会捐赠) received by a registered organisation, of money or of goods (valued as
 * receipted), optionally given to one of its fundraising plans during the plan's period.
 */
export class Donation {
  private constructor(private state: DonationState) {}

  static restore(state: DonationState): Donation {
    return new Donation({ ...state });
  }

  static receive(input: {
    id: string;
    organisation: ReceivingOrganisation;
    plan: DonationPlan | null;
    donorName: string | null;
    donorKind: DonorKind;
    kind: 'money' | 'goods';
    value: string;
    goods: DonatedGoods | null;
    receivedOn: BusinessDate;
  }): Donation {
    const { organisation, plan } = input;
    if (organisation.status !== 'registered')
      throw new DomainError('DONATION.ORGANISATION_DEREGISTERED', 'a deregistered organisation receives no donations', 'rule', 'organisationId');
    if (input.receivedOn.isBefore(organisation.registeredOn))
      throw new DomainError('DONATION.BEFORE_REGISTRATION', 'receivedOn cannot precede the registration of the organisation', 'rule', 'receivedOn');
    if (plan && plan.organisationId !== organisation.id)
      throw new DomainError('DONATION.PLAN_OF_ANOTHER_ORGANISATION', 'the plan was filed by another organisation', 'rule', 'planId');
    if (plan && !plan.runsOn(input.receivedOn))
      throw new DomainError('DONATION.OUTSIDE_PLAN_PERIOD', 'the donation was received outside the period of the plan', 'rule', 'receivedOn');
    const value = Money.parse(input.value, 'value');
    if (value.fen <= 0) throw new DomainError('DONATION.VALUE_INVALID', 'value must be more than 0', 'invalid', 'value');
    const anonymous = input.donorKind === 'anonymous';
    if (anonymous !== (input.donorName === null || input.donorName === undefined))
      throw new DomainError('DONATION.DONOR_INVALID', 'a named donor has a name; an anonymous one has none', 'invalid', 'donorName');
    return new Donation({
      id: input.id,
      organisationId: organisation.id,
      planId: plan?.id ?? null,
      divisionCode: organisation.domicileDivisionCode,
      donorName: anonymous ? null : requiredText(input.donorName!, 'donorName', 100, 'DONATION'),
      donorKind: input.donorKind,
      kind: input.kind,
      value,
      goods: goodsOf(input.kind, input.goods),
      receivedOn: input.receivedOn,
      receiptNo: null,
    });
  }

  /** The store numbers the receipt in the transaction that adds the donation. */
  numbered(receiptNo: number): void {
    this.state = { ...this.state, receiptNo };
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<DonationState> {
    return { ...this.state };
  }
}

function goodsOf(kind: 'money' | 'goods', goods: DonatedGoods | null): DonatedGoods | null {
  if (kind === 'money') {
    if (goods) throw new DomainError('DONATION.GOODS_INVALID', 'a donation of money lists no goods', 'invalid', 'goods');
    return null;
  }
  if (!goods) throw new DomainError('DONATION.GOODS_INVALID', 'a donation of goods says what they are', 'invalid', 'goods');
  if (!Number.isInteger(goods.quantity) || goods.quantity < 1)
    throw new DomainError('DONATION.GOODS_INVALID', 'goods.quantity must be a whole number, 1 or more', 'invalid', 'goods.quantity');
  return {
    description: requiredText(goods.description, 'goods.description', 100, 'DONATION'),
    quantity: goods.quantity,
    unit: requiredText(goods.unit, 'goods.unit', 10, 'DONATION'),
  };
}

export function donationNotFound(id: string): DomainError {
  return new DomainError('DONATION.NOT_FOUND', `no donation ${id}`, 'not-found');
}

/** A request names a donation that does not exist (422 naming the field). */
export function donationUnknown(id: string): DomainError {
  return new DomainError('DONATION.UNKNOWN', `no donation ${id}`, 'rule', 'donationId');
}
