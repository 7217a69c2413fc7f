import { BusinessDate, Clock } from '@civic/domain-kernel';
import { afterCommit, recordedBy } from '@civic/platform';
import { parsePaymentMonth } from '../domain/payment-month';
import { startDecision } from '../domain/payment-run';
import { mustBeOpenForRunning } from '../domain/run-window';
import { PaymentRunStore } from './payment-run-store';

/**
 * Starting (or resuming) a month's run, idempotent: a completed month is returned as it is (never
 * run again: what changed since is paid or recovered by a later run); an interrupted one resumes; a
 * running one is left alone. A month not yet open for running is refused. The worker is woken once
 * the transaction commits.
 */
export async function startPaymentRun(
  runs: PaymentRunStore,
  worker: { wake(month: string): Promise<void> },
  rawMonth: string,
  settings: { clock: Clock; opensOnDay: number },
): Promise<{ month: string; created: boolean }> {
  const month = parsePaymentMonth(rawMonth);
  const status = await runs.status(month);
  const decision = startDecision(status ? { status } : null);
  if (decision === 'create') {
    mustBeOpenForRunning(month, BusinessDate.today(settings.clock), settings.opensOnDay);
    await runs.create(month, recordedBy());
  }
  if (decision === 'resume') await runs.resume(month);
  if (decision === 'create' || decision === 'resume') afterCommit(() => void worker.wake(month.toString()));
  return { month: month.toString(), created: decision === 'create' };
}
