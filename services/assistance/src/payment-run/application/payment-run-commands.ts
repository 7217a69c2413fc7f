import { Clock } from '@civic/domain-kernel';
import { PAYMENT_RUN_OPTIONS, PaymentRunOptions, startPaymentRun } from '@civic/payment-run';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { PAYMENT_RUN_REPOSITORY, PaymentRunRepository } from '../domain/payment-run.repository';
import { BenefitPaymentRunWorker } from './payment-run-worker';

/** 发放: starting (or resuming) a month's run. The work itself happens in the background worker. */
@Injectable()
export class PaymentRunCommands {
  constructor(
    @Inject(PAYMENT_RUN_REPOSITORY) private readonly runs: PaymentRunRepository,
    private readonly worker: BenefitPaymentRunWorker,
    @Inject(PAYMENT_RUN_OPTIONS) private readonly options: PaymentRunOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  start(month: string): Promise<{ month: string; created: boolean }> {
    return startPaymentRun(this.runs, this.worker, month, { clock: this.clock, opensOnDay: this.options.opensOnDay });
  }
}
