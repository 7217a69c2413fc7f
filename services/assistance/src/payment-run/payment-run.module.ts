import { Module } from '@nestjs/common';
import { PaymentRunCommands } from './application/payment-run-commands';
import { DEFAULT_PAYMENT_RUN_OPTIONS, PAYMENT_RUN_OPTIONS, PaymentRunWorker } from './application/payment-run-worker';
import { PaymentRunsController } from './http/payment-runs.controller';
import { PaymentRunStore } from './persistence/payment-run.store';

@Module({
  controllers: [PaymentRunsController],
  providers: [PaymentRunStore, PaymentRunWorker, PaymentRunCommands, { provide: PAYMENT_RUN_OPTIONS, useValue: DEFAULT_PAYMENT_RUN_OPTIONS }],
})
export class PaymentRunModule {}
