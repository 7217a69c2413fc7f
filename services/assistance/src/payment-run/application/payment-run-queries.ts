import { PaymentRunView as RunView } from '@civic/payment-run';
import { PageQuery, SqlWhere } from '@civic/platform';
import { PaymentLineKind } from '../domain/earlier-months';

/** A run, with the lines of households that had no payee account when it completed. */
export interface PaymentRunView extends RunView<PaymentLineKind> {
  linesWithoutAccount: number | null;
}

/** A line of the bank file (代发清单), with the payee (the head of household). */
export interface PaymentLineView {
  benefitId: string;
  /** The month the money is for (`YYYY-MM-01`): the run's own, or an earlier one it corrects. */
  period: string;
  kind: PaymentLineKind;
  householdId: string;
  programme: string;
  divisionCode: string;
  recipients: number;
  amountFen: number;
  /** The household's payee (代发账户) when recorded; null fields make the line unpayable until it is. */
  payeeName: string | null;
  payeeCitizenId: string | null;
  bankName: string | null;
  accountNumber: string | null;
}

export type PaymentLineKey = Pick<PaymentLineView, 'benefitId' | 'period' | 'kind'>;

/** Query port: runs, and a completed run's lines in keyset pages for streaming. */
export interface PaymentRunQueries {
  get(month: string): Promise<PaymentRunView | null>;
  list(page: PageQuery): Promise<{ items: PaymentRunView[]; total: number }>;
  /**
   * Lines in (benefit, period, kind) order after the given line (null: from the start), within
   * `scope` (conditions on the line `l`: the caller's districts, a division asked for).
   */
  linesAfter(month: string, after: PaymentLineKey | null, limit: number, scope: SqlWhere): Promise<PaymentLineView[]>;
  /** Of the given benefits, those the month's run pays (the run's own condition; for holding it to `isPayableIn`). */
  payableAmong(month: string, benefitIds: string[]): Promise<string[]>;
}

export const PAYMENT_RUN_QUERIES = Symbol('PAYMENT_RUN_QUERIES');
