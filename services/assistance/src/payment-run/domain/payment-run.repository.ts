import { PaymentRunStore, PaymentRunTotals } from '@civic/payment-run/rules';
import { PaymentLineKind } from './earlier-months';

/** Port: assistance's payment runs (发放), lines per payable benefit (`isPayableIn`), and what completes a run. */
export interface PaymentRunRepository extends PaymentRunStore {
  /** 补发 and 追回: lines correcting months already paid by what changed since (domain/earlier-months.ts `corrections`). */
  settleEarlierMonths(month: string): Promise<void>;
  /** 价格临时补贴 of this month or earlier not yet paid: a line each. */
  payPriceSubsidies(month: string): Promise<void>;
  complete(month: string): Promise<PaymentRunTotals<PaymentLineKind>>;
}

export const PAYMENT_RUN_REPOSITORY = Symbol('PAYMENT_RUN_REPOSITORY');
