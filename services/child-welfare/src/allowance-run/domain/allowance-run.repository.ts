import { PaymentRunStore, PaymentRunTotals } from '@civic/payment-run/rules';
import { AllowanceLineKind } from '../../allowance/domain/allowance-rules';

/**
 * Port: 基本生活保障金 runs, a line per child due an allowance in the month (`monthlyAllowance`),
 * and what completes a run.
 */
export interface AllowanceRunRepository extends PaymentRunStore {
  /** 补发 and 追回: lines correcting months already paid by what changed since (`allowanceCorrections`). */
  settleEarlierMonths(month: string): Promise<void>;
  complete(month: string): Promise<PaymentRunTotals<AllowanceLineKind>>;
}

export const ALLOWANCE_RUN_REPOSITORY = Symbol('ALLOWANCE_RUN_REPOSITORY');
