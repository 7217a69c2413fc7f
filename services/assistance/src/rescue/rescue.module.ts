import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { RescueCommands } from './application/rescue-commands';
import { RescueCasesController } from './http/rescue-cases.controller';
import { RESCUE_CASE_QUERIES } from './application/rescue-queries';
import { RESCUE_CASE_REPOSITORY } from './domain/rescue-case.repository';
import { SqlRescueCaseQueries } from './persistence/rescue-case.queries';
import { SqlRescueCaseRepository } from './persistence/sql-rescue-case.repository';

@Module({
  imports: [DivisionReadModelModule],
  controllers: [RescueCasesController],
  providers: [
    RescueCommands,
    { provide: RESCUE_CASE_REPOSITORY, useClass: SqlRescueCaseRepository },
    { provide: RESCUE_CASE_QUERIES, useClass: SqlRescueCaseQueries },
  ],
})
export class RescueModule {}
