import { maskBankAccountNumber, parseBankAccountNumber } from './bank-account';

describe('bank account numbers (代发账户)', () => {
  it('accept digits, dropping the spaces people type, and check a UnionPay card by its Luhn digit', () => {
    expect(parseBankAccountNumber('6222 0210 0112 2334 458')).toBe('6222021001122334458');
    expect(() => parseBankAccountNumber('6222021001122334455')).toThrow(/Luhn/);
    // Not a UnionPay card (a passbook account): no check digit to verify.
    expect(parseBankAccountNumber('31001234567890123')).toBe('31001234567890123');
  });
  it('refuse what is no account number', () => {
    for (const bad of ['', '1234567', '62220210011223344a', '1'.repeat(31)]) expect(() => parseBankAccountNumber(bad)).toThrow(/8 to 30 digits/);
  });
  it('mask all but the first and last four digits', () => {
    expect(maskBankAccountNumber('6222021001122334458')).toBe('6222***********4458');
    expect(maskBankAccountNumber('12345678')).toBe('****5678');
  });
});
