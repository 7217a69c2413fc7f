import { Clock } from '@civic/domain-kernel';
import { PAYMENT_RUN_OPTIONS, PaymentRunOptions, paymentRunOptionsFrom, PaymentRunWorker } from '@civic/payment-run';
import { CLOCK, EventPublisher, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { PAYMENT_RUN_REPOSITORY, PaymentRunRepository } from '../domain/payment-run.repository';
import { paymentRunCompletedEvent } from './payment-run-integration-events';

/** The opening day of a month's run is ASSISTANCE_PAYMENT_RUN_OPENS_ON_DAY (1 to 28, default 20). */
export const assistancePaymentRunOptions = () => paymentRunOptionsFrom(process.env, 'ASSISTANCE_PAYMENT_RUN_OPENS_ON_DAY');

/** 发放 of benefits: one line per payable benefit, then the corrections of paid months and the price-linked subsidies. */
@Injectable()
export class BenefitPaymentRunWorker extends PaymentRunWorker {
  constructor(
    @Inject(PAYMENT_RUN_REPOSITORY) private readonly runs: PaymentRunRepository,
    uow: UnitOfWork,
    private readonly events: EventPublisher,
    @Inject(PAYMENT_RUN_OPTIONS) options: PaymentRunOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super(runs, uow, options, 'payment-run');
  }

  /** The month's own lines are in; corrections and subsidies complete the run in the same transaction. */
  protected async finish(month: string): Promise<void> {
    await this.runs.settleEarlierMonths(month);
    await this.runs.payPriceSubsidies(month);
    const totals = await this.runs.complete(month);
    await this.events.publish([paymentRunCompletedEvent(month, totals, this.clock.now())]);
  }
}
