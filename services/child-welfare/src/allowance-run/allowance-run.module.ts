import { PAYMENT_RUN_OPTIONS } from '@civic/payment-run';
import { Module } from '@nestjs/common';
import { AllowanceRunCommands } from './application/allowance-run-commands';
import { ALLOWANCE_RUN_QUERIES } from './application/allowance-run-queries';
import { allowanceRunOptions, AllowanceRunWorker } from './application/allowance-run-worker';
import { ALLOWANCE_RUN_REPOSITORY } from './domain/allowance-run.repository';
import { AllowanceRunsController } from './http/allowance-runs.controller';
import { SqlAllowanceRunQueries } from './persistence/allowance-run.queries';
import { SqlAllowanceRunRepository } from './persistence/sql-allowance-run.repository';

/** 基本生活保障金 发放 on the shared payment-run library (@civic/payment-run). */
@Module({
  controllers: [AllowanceRunsController],
  providers: [
    AllowanceRunWorker,
    AllowanceRunCommands,
    { provide: ALLOWANCE_RUN_REPOSITORY, useClass: SqlAllowanceRunRepository },
    { provide: ALLOWANCE_RUN_QUERIES, useClass: SqlAllowanceRunQueries },
    { provide: PAYMENT_RUN_OPTIONS, useFactory: allowanceRunOptions },
  ],
})
export class AllowanceRunModule {}
