import { PAYMENT_RUN_OPTIONS } from '@civic/payment-run';
import { Module } from '@nestjs/common';
import { PaymentRunCommands } from './application/payment-run-commands';
import { PAYMENT_RUN_QUERIES } from './application/payment-run-queries';
import { assistancePaymentRunOptions, BenefitPaymentRunWorker } from './application/payment-run-worker';
import { PAYMENT_RUN_REPOSITORY } from './domain/payment-run.repository';
import { PaymentRunsController } from './http/payment-runs.controller';
import { SqlPaymentRunQueries } from './persistence/payment-run.queries';
import { SqlPaymentRunRepository } from './persistence/sql-payment-run.repository';

@Module({
  controllers: [PaymentRunsController],
  providers: [
    BenefitPaymentRunWorker,
    PaymentRunCommands,
    { provide: PAYMENT_RUN_REPOSITORY, useClass: SqlPaymentRunRepository },
    { provide: PAYMENT_RUN_QUERIES, useClass: SqlPaymentRunQueries },
    { provide: PAYMENT_RUN_OPTIONS, useFactory: assistancePaymentRunOptions },
  ],
})
export class PaymentRunModule {}
