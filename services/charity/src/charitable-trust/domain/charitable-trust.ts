import { BusinessDate, DivisionCode, DomainError, Money, requiredText, UnifiedSocialCreditCode } from '@civic/domain-kernel';

export interface CharitableTrustState {
  id: string;
  name: string;
  trusteeName: string;
  trusteeUscc: string;
  settlors: string;
  purpose: string;
  property: Money;
  signedOn: BusinessDate;
  filedOn: BusinessDate;
  divisionCode: string;
}

/** 慈善法 第四十五条: the trustee files the trust within seven days of the trust document's signing. */
export const TRUST_FILING_DAYS = 7;

/**
 * A charitable trust (慈善信托) filed with the civil-affairs department of the trustee's domicile.
 * The seven days are calendar days from the signing: signed on the 1st, filed by the 8th; the 9th is day 8, refused.
 */
export class CharitableTrust {
  private constructor(private readonly state: CharitableTrustState) {}

  static restore(state: CharitableTrustState): CharitableTrust {
    return new CharitableTrust({ ...state });
  }

  static file(input: {
    id: string;
    name: string;
    trusteeName: string;
    trusteeUscc: string;
    settlors: string;
    purpose: string;
    property: string;
    signedOn: BusinessDate;
    filedOn: BusinessDate;
    divisionCode: string;
  }): CharitableTrust {
    if (input.signedOn.isAfter(input.filedOn))
      throw new DomainError('CHARITABLE_TRUST.SIGNED_IN_FUTURE', 'signedOn cannot be later than the filing', 'invalid', 'signedOn');
    const days = input.signedOn.daysUntil(input.filedOn);
    if (days > TRUST_FILING_DAYS)
      throw new DomainError(
        'CHARITABLE_TRUST.FILED_LATE',
        `a charitable trust is filed within ${TRUST_FILING_DAYS} days of its signing (慈善法 第四十五条); this is day ${days}`,
        'rule',
        'signedOn',
      );
    const property = Money.parse(input.property, 'property');
    if (property.fen <= 0) throw new DomainError('CHARITABLE_TRUST.PROPERTY_INVALID', 'property must be more than 0', 'invalid', 'property');
    const text = (value: string, field: string, max: number) => requiredText(value, field, max, 'CHARITABLE_TRUST');
    return new CharitableTrust({
      id: input.id,
      name: text(input.name, 'name', 100),
      trusteeName: text(input.trusteeName, 'trusteeName', 100),
      trusteeUscc: UnifiedSocialCreditCode.parse(input.trusteeUscc, 'trusteeUscc').value,
      settlors: text(input.settlors, 'settlors', 500),
      purpose: text(input.purpose, 'purpose', 1000),
      property,
      signedOn: input.signedOn,
      filedOn: input.filedOn,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
    });
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<CharitableTrustState> {
    return { ...this.state };
  }
}

export function charitableTrustNotFound(id: string): DomainError {
  return new DomainError('CHARITABLE_TRUST.NOT_FOUND', `no charitable trust ${id}`, 'not-found');
}

/** One trustee files a trust of one name once. */
export function charitableTrustFiled(): DomainError {
  return new DomainError('CHARITABLE_TRUST.ALREADY_FILED', 'the trustee has filed a trust of this name already', 'conflict', 'name');
}
