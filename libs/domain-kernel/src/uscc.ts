import { DomainError } from './domain-error';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Organisation types of civil-affairs registrations (second character when the authority is 5). */
export const CIVIL_AFFAIRS_ORGANISATION_TYPES: Record<string, string> = {
  '1': 'social-group', // 社会团体
  '2': 'social-service-institution', // 民办非企业单位 / 社会服务机构
  '3': 'foundation', // 基金会
  '9': 'other',
};

/** Unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation. */
export class UnifiedSocialCreditCode {
  private constructor(readonly value: string) {}

  static parse(raw: string, field = 'uscc'): UnifiedSocialCreditCode {
    const text = String(raw ?? '')
      .trim()
      .toUpperCase();
    if (text.length !== 18 || [...text].some((c) => !CHARSET.includes(c))) {
      throw new DomainError('USCC.MALFORMED', `${field} must be 18 characters from 0-9 A-H J-N P-R T U W-Y`, 'invalid', field);
    }
    if (!/^\d{6}$/.test(text.slice(2, 8))) {
      throw new DomainError('USCC.BAD_DIVISION', `${field} characters 3-8 must be a division code`, 'invalid', field);
    }
    if (uscCheckCharacterOf(text.slice(0, 17)) !== text[17]) {
      throw new DomainError('USCC.BAD_CHECK_CHARACTER', `${field} has a wrong check character`, 'invalid', field);
    }
    return new UnifiedSocialCreditCode(text);
  }

  /** Character 1: the registration authority (5 = civil affairs). */
  get registrationAuthority(): string {
    return this.value[0];
  }
  get organisationType(): string {
    return this.value[1];
  }
  get divisionCode(): string {
    return this.value.slice(2, 8);
  }
  get isCivilAffairsRegistration(): boolean {
    return this.registrationAuthority === '5';
  }
  toString(): string {
    return this.value;
  }
  toJSON(): string {
    return this.value;
  }
}

/** check = 31 - (weighted sum mod 31), where 31 becomes 0. */
export function uscCheckCharacterOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check];
}
