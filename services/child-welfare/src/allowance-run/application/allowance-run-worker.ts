import { AllowanceRunCompleted } from '@civic/contracts';
import { Clock } from '@civic/domain-kernel';
import { PAYMENT_RUN_OPTIONS, PaymentRunOptions, paymentRunOptionsFrom, PaymentRunWorker, runCompletedData } from '@civic/payment-run';
import { CLOCK, EventPublisher, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ALLOWANCE_RUN_REPOSITORY, AllowanceRunRepository } from '../domain/allowance-run.repository';

/** The opening day of a month's run is CHILD_WELFARE_ALLOWANCE_RUN_OPENS_ON_DAY (1 to 28, default 20 of the month before). */
export const allowanceRunOptions = () => paymentRunOptionsFrom(process.env, 'CHILD_WELFARE_ALLOWANCE_RUN_OPENS_ON_DAY');

/** 基本生活保障金 发放: one line per child due, then the corrections of paid months; completion is published. */
@Injectable()
export class AllowanceRunWorker extends PaymentRunWorker {
  constructor(
    @Inject(ALLOWANCE_RUN_REPOSITORY) private readonly runs: AllowanceRunRepository,
    uow: UnitOfWork,
    private readonly events: EventPublisher,
    @Inject(PAYMENT_RUN_OPTIONS) options: PaymentRunOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super(runs, uow, options, 'allowance-run');
  }

  protected async finish(month: string): Promise<void> {
    await this.runs.settleEarlierMonths(month);
    const totals = await this.runs.complete(month);
    await this.events.publish([{ contract: AllowanceRunCompleted, subject: month.slice(0, 7), data: runCompletedData(month, totals, this.clock.now()) }]);
  }
}
