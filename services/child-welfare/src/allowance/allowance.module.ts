import { Module } from '@nestjs/common';
import { ChildModule } from '../child/child.module';
import { AllowanceCommands } from './application/allowance-commands';
import { ALLOWANCE_REPOSITORY } from './domain/allowance.repository';
import { AllowancesController } from './http/allowances.controller';
import { SqlAllowanceRepository } from './persistence/sql-allowance.repository';

/** 基本生活保障金: standards and what is due (the monthly run is allowance-run/). */
@Module({
  imports: [ChildModule],
  controllers: [AllowancesController],
  providers: [AllowanceCommands, { provide: ALLOWANCE_REPOSITORY, useClass: SqlAllowanceRepository }],
})
export class AllowanceModule {}
