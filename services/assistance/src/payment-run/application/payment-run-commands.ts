import { BusinessDate, Clock } from '@civic/domain-kernel';
import { afterCommit, CLOCK, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { parsePaymentMonth } from '../domain/payment-month';
import { startDecision } from '../domain/payment-run';
import { PAYMENT_RUN_REPOSITORY, PaymentRunRepository } from '../domain/payment-run.repository';
import { mustBeOpenForRunning } from '../domain/run-window';
import { PAYMENT_RUN_OPTIONS, PaymentRunOptions, PaymentRunWorker } from './payment-run-worker';

/** 发放: starting (or resuming) a month's run. The work itself happens in the background worker. */
@Injectable()
export class PaymentRunCommands {
  constructor(
    @Inject(PAYMENT_RUN_REPOSITORY) private readonly runs: PaymentRunRepository,
    private readonly worker: PaymentRunWorker,
    @Inject(PAYMENT_RUN_OPTIONS) private readonly options: PaymentRunOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Idempotent: a completed month is returned as it is (never run again: what changed since is
   * paid or recovered by a later run); an interrupted one resumes; a running one is left alone.
   * A month not yet open for running is refused.
   */
  async start(rawMonth: string): Promise<{ month: string; created: boolean }> {
    const month = parsePaymentMonth(rawMonth);
    const status = await this.runs.status(month);
    const decision = startDecision(status ? { status } : null);
    if (decision === 'create') mustBeOpenForRunning(month, BusinessDate.today(this.clock), this.options.opensOnDay);
    if (decision === 'create') await this.runs.create(month, recordedBy());
    if (decision === 'resume') await this.runs.resume(month);
    if (decision === 'create' || decision === 'resume') afterCommit(() => void this.worker.wake(month.toString()));
    return { month: month.toString(), created: decision === 'create' };
  }
}
