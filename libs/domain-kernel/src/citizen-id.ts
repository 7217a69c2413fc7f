import { BusinessDate } from './business-date';
import { Clock, systemClock } from './clock';
import { DomainError } from './domain-error';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * Citizen ID number (公民身份号码, GB 11643-1999): 6-digit address code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male), check character. Personal data: log and show it only masked.
 */
export class CitizenId {
  private constructor(readonly value: string) {}

  /** Validates and normalises (lower-case x becomes X); throws a DomainError naming `field`. */
  static parse(raw: string, field = 'citizenId', clock: Clock = systemClock): CitizenId {
    const text = String(raw ?? '')
      .trim()
      .toUpperCase();
    if (!/^\d{17}[\dX]$/.test(text)) {
      throw new DomainError('CITIZEN_ID.MALFORMED', `${field} must be 17 digits followed by a digit or X`, 'invalid', field);
    }
    if (text.startsWith('0')) {
      throw new DomainError('CITIZEN_ID.BAD_ADDRESS_CODE', `${field} has no valid address code`, 'invalid', field);
    }
    const birthDate = BusinessDate.of(Number(text.slice(6, 10)), Number(text.slice(10, 12)), Number(text.slice(12, 14)));
    if (!birthDate || birthDate.year < 1900) {
      throw new DomainError('CITIZEN_ID.BAD_BIRTH_DATE', `${field} holds an impossible birth date`, 'invalid', field);
    }
    if (birthDate.isAfter(BusinessDate.today(clock))) {
      throw new DomainError('CITIZEN_ID.FUTURE_BIRTH_DATE', `${field} holds a birth date in the future`, 'invalid', field);
    }
    if (checkCharacterOf(text.slice(0, 17)) !== text[17]) {
      throw new DomainError('CITIZEN_ID.BAD_CHECK_CHARACTER', `${field} has a wrong check character`, 'invalid', field);
    }
    return new CitizenId(text);
  }

  static isValid(raw: string, clock: Clock = systemClock): boolean {
    try {
      CitizenId.parse(raw, 'citizenId', clock);
      return true;
    } catch {
      return false;
    }
  }

  get birthDate(): BusinessDate {
    return BusinessDate.of(Number(this.value.slice(6, 10)), Number(this.value.slice(10, 12)), Number(this.value.slice(12, 14)))!;
  }

  get sex(): 'male' | 'female' {
    return Number(this.value[16]) % 2 === 1 ? 'male' : 'female';
  }

  get addressCode(): string {
    return this.value.slice(0, 6);
  }

  /** `310104********123X`: the form for logs and for roles that do not need the full number. */
  masked(): string {
    return maskCitizenId(this.value);
  }

  toString(): string {
    return this.value;
  }
  toJSON(): string {
    return this.value;
  }
}

/** The check character for the first 17 digits (sum of weighted digits mod 11, indexed). */
export function checkCharacterOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Masks anything that looks like a citizen ID number; safe on any string. Bounded by digits only,
 * not word boundaries, so an ID beside letters or underscores (`id_310104…`, `ID310104…X`) is
 * masked too; a longer run of digits (an account number) is not an ID and is left alone.
 */
export function maskCitizenId(text: string): string {
  return text.replace(/(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?![\dXx])/g, '$1********$2');
}
