import { Clock } from '@civic/domain-kernel';
import { PAYMENT_RUN_OPTIONS, PaymentRunOptions, startPaymentRun } from '@civic/payment-run';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ALLOWANCE_RUN_REPOSITORY, AllowanceRunRepository } from '../domain/allowance-run.repository';
import { AllowanceRunWorker } from './allowance-run-worker';

/** 基本生活保障金 发放: starting (or resuming) a month's run; the background worker does the work. */
@Injectable()
export class AllowanceRunCommands {
  constructor(
    @Inject(ALLOWANCE_RUN_REPOSITORY) private readonly runs: AllowanceRunRepository,
    private readonly worker: AllowanceRunWorker,
    @Inject(PAYMENT_RUN_OPTIONS) private readonly options: PaymentRunOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  start(month: string): Promise<{ month: string; created: boolean }> {
    return startPaymentRun(this.runs, this.worker, month, { clock: this.clock, opensOnDay: this.options.opensOnDay });
  }
}
