import { DomainError } from './domain-error';

/**
 * A bank account number as banks issue them: 8 to 30 digits (spaces allowed when typed, dropped). A
 * UnionPay card number (16 to 19 digits starting 62) carries a Luhn check digit (ISO/IEC 7812), so
 * a mistyped digit is caught before a bank returns the payment.
 */
export function parseBankAccountNumber(raw: string, field = 'accountNumber'): string {
  const digits = String(raw ?? '').replace(/ /g, '');
  if (!/^\d{8,30}$/.test(digits)) throw new DomainError('BANK_ACCOUNT.NUMBER_INVALID', `${field} must be 8 to 30 digits`, 'invalid', field);
  if (isUnionPayCard(digits) && !luhnValid(digits))
    throw new DomainError('BANK_ACCOUNT.CHECK_DIGIT', `${field} fails the card check digit (Luhn): a digit is mistyped`, 'invalid', field);
  return digits;
}

/** The first four and last four digits, the rest hidden: enough to recognise the account, not to use it. */
export function maskBankAccountNumber(accountNumber: string): string {
  if (accountNumber.length <= 8) return '*'.repeat(Math.max(0, accountNumber.length - 4)) + accountNumber.slice(-4);
  return accountNumber.slice(0, 4) + '*'.repeat(accountNumber.length - 8) + accountNumber.slice(-4);
}

/** Field names whose values are bank account numbers: masked wherever personal data is masked (audit details). */
export const BANK_ACCOUNT_FIELDS = new Set(['accountNumber']);

function isUnionPayCard(digits: string): boolean {
  return digits.startsWith('62') && digits.length >= 16 && digits.length <= 19;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
