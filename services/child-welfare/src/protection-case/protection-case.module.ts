import { Module } from '@nestjs/common';
import { ChildModule } from '../child/child.module';
import { WorkstationModule } from '../workstation/workstation.module';
import { ProtectionCaseCommands } from './application/protection-case-commands';
import { PROTECTION_CASE_QUERIES } from './application/protection-case-queries';
import { PROTECTION_CASE_REPOSITORY } from './domain/protection-case.repository';
import { ProtectionCasesController } from './http/protection-cases.controller';
import { SqlProtectionCaseQueries } from './persistence/protection-case.queries';
import { SqlProtectionCaseRepository } from './persistence/sql-protection-case.repository';

/** 未成年人保护个案, in the one module pattern. */
@Module({
  imports: [WorkstationModule, ChildModule],
  controllers: [ProtectionCasesController],
  providers: [
    ProtectionCaseCommands,
    { provide: PROTECTION_CASE_REPOSITORY, useClass: SqlProtectionCaseRepository },
    { provide: PROTECTION_CASE_QUERIES, useClass: SqlProtectionCaseQueries },
  ],
  exports: [ProtectionCaseCommands],
})
export class ProtectionCaseModule {}
