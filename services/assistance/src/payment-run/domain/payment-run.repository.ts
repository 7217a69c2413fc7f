import { BusinessDate } from '@civic/domain-kernel';
import { PaymentLineKind } from './earlier-months';
import { PaymentRunStatus } from './payment-run';

/** The totals of a completed run, recounted from its lines. */
export interface PaymentRunTotals {
  lines: number;
  totalFen: number;
  byDistrict: { divisionCode: string; lines: number; totalFen: number }[];
  byKind: { kind: PaymentLineKind; lines: number; totalFen: number }[];
}

/**
 * Port: payment runs (发放) and their lines, worked through in keyset batches of set-based SQL so
 * memory stays flat; several workers share runs by lease.
 */
export interface PaymentRunRepository {
  status(month: BusinessDate): Promise<PaymentRunStatus | null>;
  /** Records the run with the number of benefits the month pays (`isPayableIn`). */
  create(month: BusinessDate, startedBy: string): Promise<void>;
  resume(month: BusinessDate): Promise<void>;
  /** Takes the run for this worker unless another live worker holds it. */
  claim(month: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Runs that need a worker: running and not held by a live lease. */
  orphaned(): Promise<string[]>;
  /**
   * One batch, in the current transaction: the next `size` payable benefits after the cursor get
   * their line (never twice) and the run's cursor and counters move with them, or not at all.
   */
  processBatch(month: string, owner: string, size: number, leaseMs: number): Promise<{ scanned: number; inserted: number; leaseLost: boolean }>;
  /** 补发 and 追回: lines correcting months already paid by what changed since (domain/earlier-months.ts `corrections`). */
  settleEarlierMonths(month: string): Promise<void>;
  /** 价格临时补贴 of this month or earlier not yet paid: a line each. */
  payPriceSubsidies(month: string): Promise<void>;
  complete(month: string): Promise<PaymentRunTotals>;
  fail(month: string, owner: string, error: string): Promise<void>;
}

export const PAYMENT_RUN_REPOSITORY = Symbol('PAYMENT_RUN_REPOSITORY');
