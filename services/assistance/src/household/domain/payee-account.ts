import { DomainError, parseBankAccountNumber } from '@civic/domain-kernel';

/**
 * The account a household's assistance is paid into (代发账户): a member's own bank account (the
 * payee, 领款人), usually the social-security or 惠民惠农 "一卡通" card. The bank file carries it.
 */
export interface PayeeAccount {
  payeeCitizenId: string;
  bankName: string;
  accountNumber: string;
}

export function payeeAccount(input: PayeeAccount): PayeeAccount {
  const bankName = (input.bankName ?? '').trim();
  if (bankName.length < 2 || bankName.length > 60)
    throw new DomainError('PAYEE_ACCOUNT.BANK_INVALID', 'bankName must be 2 to 60 characters', 'invalid', 'bankName');
  return { payeeCitizenId: input.payeeCitizenId, bankName, accountNumber: parseBankAccountNumber(input.accountNumber) };
}
