import { BusinessDate } from '@civic/domain-kernel';
import { PaymentRunStatus } from '../domain/payment-run';

/** The totals of a completed run, recounted from its lines. */
export interface PaymentRunTotals<Kind extends string = string> {
  lines: number;
  totalFen: number;
  byDistrict: { divisionCode: string; lines: number; totalFen: number }[];
  byKind: { kind: Kind; lines: number; totalFen: number }[];
}

/** What one batch did. */
export interface BatchOutcome {
  scanned: number;
  inserted: number;
  /** Another worker holds the run now: this one stops. */
  leaseLost: boolean;
}

/**
 * Port: a service's payment runs and their lines, worked through in keyset batches of set-based
 * SQL so memory stays flat; several workers share runs by lease.
 */
export interface PaymentRunStore {
  status(month: BusinessDate): Promise<PaymentRunStatus | null>;
  /** Records the run with the number of lines the month is expected to pay. */
  create(month: BusinessDate, startedBy: string): Promise<void>;
  resume(month: BusinessDate): Promise<void>;
  /** Takes the run for this worker unless another live worker holds it. */
  claim(month: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Runs that need a worker: running and not held by a live lease. */
  orphaned(): Promise<string[]>;
  /**
   * One batch, in the current transaction: the next `size` payees after the cursor get their line
   * (never twice) and the run's cursor and counters move with them, or not at all.
   */
  processBatch(month: string, owner: string, size: number, leaseMs: number): Promise<BatchOutcome>;
  fail(month: string, owner: string, error: string): Promise<void>;
}
