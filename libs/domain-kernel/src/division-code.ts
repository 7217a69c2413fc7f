import { DomainError } from './domain-error';

/** Province-level prefixes that GB/T 2260 assigns. */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/**
 * Every rule of `DivisionCode.parse` as one regular expression, for the API documents (so a client
 * generated from them sends only codes the server accepts): a province prefix, then either a
 * 6-digit code whose county part is 00 only when its prefecture part is too, or a 9/12-digit code
 * extending a county (digits 5-6 not 00).
 */
export const DIVISION_CODE_PATTERN = `^(${[...PROVINCE_PREFIXES].join('|')})((0[1-9]|[1-9]\\d)\\d\\d|0000|\\d\\d(0[1-9]|[1-9]\\d)(\\d{3}|\\d{6}))$`;

/** Levels of the administrative hierarchy the platform uses. */
export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'committee';

/**
 * Administrative division code (行政区划代码, GB/T 2260): 6 digits for a province, prefecture or
 * county (district), extended to 9 digits for a sub-district or town (街道/镇) and 12 digits for a
 * residents' or villagers' committee (居委会/村委会).
 */
export class DivisionCode {
  private constructor(readonly value: string) {}

  static parse(raw: string, field = 'divisionCode'): DivisionCode {
    const text = String(raw ?? '').trim();
    if (!/^(\d{6}|\d{9}|\d{12})$/.test(text)) {
      throw new DomainError('DIVISION_CODE.MALFORMED', `${field} must be a 6, 9 or 12 digit division code`, 'invalid', field);
    }
    if (!PROVINCE_PREFIXES.has(text.slice(0, 2))) {
      throw new DomainError('DIVISION_CODE.UNKNOWN_PROVINCE', `${field} does not start with a province code`, 'invalid', field);
    }
    if (text.length === 6 && text.slice(2, 4) === '00' && text.slice(4) !== '00') {
      throw new DomainError('DIVISION_CODE.MALFORMED', `${field} names a county under no prefecture`, 'invalid', field);
    }
    if (text.length > 6 && text.slice(4, 6) === '00') {
      throw new DomainError('DIVISION_CODE.MALFORMED', `${field} extends a code that is not a county`, 'invalid', field);
    }
    return new DivisionCode(text);
  }

  static isValid(raw: string): boolean {
    try {
      DivisionCode.parse(raw);
      return true;
    } catch {
      return false;
    }
  }

  get level(): DivisionLevel {
    if (this.value.length === 12) return 'committee';
    if (this.value.length === 9) return 'township';
    if (this.value.slice(2) === '0000') return 'province';
    if (this.value.slice(4) === '00') return 'prefecture';
    return 'county';
  }

  /**
   * The code of the division directly above, or undefined for a province. A county of a
   * municipality (e.g. 310104 under 310000) has the province as parent: municipalities have no
   * prefecture level in use.
   */
  get parent(): DivisionCode | undefined {
    switch (this.level) {
      case 'committee':
        return new DivisionCode(this.value.slice(0, 9));
      case 'township':
        return new DivisionCode(this.value.slice(0, 6));
      case 'county':
        return new DivisionCode(`${this.value.slice(0, isMunicipality(this.value) ? 2 : 4)}${isMunicipality(this.value) ? '0000' : '00'}`);
      case 'prefecture':
        return new DivisionCode(`${this.value.slice(0, 2)}0000`);
      default:
        return undefined;
    }
  }

  /** The county-level (district) code this division lies in, for district scoping. */
  get district(): string {
    return this.value.slice(0, 6);
  }

  /** The leading digits every division inside this one shares (for prefix searches). */
  get prefix(): string {
    return this.value.slice(0, this.level === 'province' ? 2 : this.level === 'prefecture' ? 4 : this.value.length);
  }

  /** True when `other` is this division or lies below it. */
  contains(other: DivisionCode): boolean {
    return other.value.startsWith(this.prefix);
  }

  toString(): string {
    return this.value;
  }
  toJSON(): string {
    return this.value;
  }
}

/** Beijing, Tianjin, Shanghai and Chongqing: districts sit directly under the municipality. */
function isMunicipality(code: string): boolean {
  return ['11', '12', '31', '50'].includes(code.slice(0, 2));
}

/** The district (county-level code) of a valid division code, for district scope and indexes. */
export function districtOf(divisionCode: string): string {
  return DivisionCode.parse(divisionCode, 'divisionCode').district;
}
