/**
 * Identities of the demo city: valid (check characters right) and clearly synthetic. Every citizen
 * ID and every unified social credit code the demo makes carries the address code 319900, a
 * prefecture 99 that Shanghai (31) does not have, so none can ever be a real person's or body's;
 * the same index always gives the same identity, so a second run finds what the first made.
 */
export const DEMO_ADDRESS_CODE = '319900';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The demo's citizen ID number `n` (0-449), born on `birthDate` (YYYY-MM-DD): sequence digits from
 * n, the last one odd for a man and even for a woman, as GB 11643 has it.
 */
export function demoCitizenId(n: number, birthDate: string, sex: 'male' | 'female'): string {
  if (!Number.isInteger(n) || n < 0 || n > 449) throw new RangeError(`demo citizen ${n} is outside 0-449`);
  const sequence = String(n * 2 + (sex === 'male' ? 1 : 0) + 100).padStart(3, '0');
  const body = `${DEMO_ADDRESS_CODE}${birthDate.replace(/-/g, '')}${sequence}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * ID_WEIGHTS[i], 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * The demo's unified social credit code `n` (0-999999) of the registration authority and type
 * `kind`: 51 a social group, 52 a social service institution, 53 a foundation (civil affairs), 91 a
 * company. The organisation part reads DEM and six digits.
 */
export function demoUscc(n: number, kind: '51' | '52' | '53' | '91'): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`demo organisation ${n} is outside 0-999999`);
  const body = `${kind}${DEMO_ADDRESS_CODE}DEM${String(n).padStart(6, '0')}`;
  const sum = [...body].reduce((acc, ch, i) => acc + USCC_CHARS.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** A demo bank card number: 19 digits from the synthetic prefix 62229900, its Luhn check digit right. */
export function demoBankAccount(n: number): string {
  const body = `62229900${String(n).padStart(10, '0')}`;
  const sum = [...body].reverse().reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return body + String((10 - (sum % 10)) % 10);
}
