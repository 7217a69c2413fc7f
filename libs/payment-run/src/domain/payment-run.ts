import { DomainError } from '@civic/domain-kernel';

/**
 * A monthly payment run (发放): assistance's benefits, child welfare's allowances. Each writes one
 * line per payee in keyset batches, resumes where it stopped, and is never run twice for a month.
 */
export type PaymentRunStatus = 'running' | 'failed' | 'completed';
export const PAYMENT_RUN_STATUSES: PaymentRunStatus[] = ['running', 'failed', 'completed'];
export const PAYMENT_RUN_STATUS_LABELS = 'running 发放中 | failed 中断 (POST again to resume) | completed 已完成';

/** What starting a month's run means given the run already recorded for that month, if any. */
export function startDecision(existing: { status: PaymentRunStatus } | null): 'create' | 'resume' | 'already-completed' | 'already-running' {
  if (!existing) return 'create';
  if (existing.status === 'completed') return 'already-completed';
  if (existing.status === 'failed') return 'resume';
  return 'already-running';
}

/** The bank file is made from a finished run only: a partial one would pay some payees twice next time. */
export function mustBeCompleted(status: PaymentRunStatus, month: string): void {
  if (status !== 'completed')
    throw new DomainError('PAYMENT_RUN.NOT_COMPLETED', `the payment run for ${month} is ${status}; the export is available once it completes`, 'conflict');
}

export function paymentRunNotFound(month: string): DomainError {
  return new DomainError('PAYMENT_RUN.NOT_FOUND', `no payment run for ${month}`, 'not-found');
}
