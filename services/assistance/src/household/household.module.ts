import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module';
import { ProgrammeModule } from '../programme/programme.module';
import { HouseholdCommands } from './application/household-commands';
import { HOUSEHOLD_QUERIES } from './application/household-queries';
import { SqlHouseholdQueries } from './persistence/household.queries';
import { HOUSEHOLD_CASELOAD } from './domain/household-caseload';
import { HOUSEHOLD_REPOSITORY } from './domain/household.repository';
import { HouseholdsController } from './http/households.controller';
import { SqlHouseholdCaseload } from './persistence/sql-household-caseload';
import { SqlHouseholdRepository } from './persistence/sql-household.repository';

@Module({
  imports: [DivisionReadModelModule, BenefitModule, ProgrammeModule],
  controllers: [HouseholdsController],
  providers: [
    HouseholdCommands,
    { provide: HOUSEHOLD_QUERIES, useClass: SqlHouseholdQueries },
    { provide: HOUSEHOLD_REPOSITORY, useClass: SqlHouseholdRepository },
    { provide: HOUSEHOLD_CASELOAD, useClass: SqlHouseholdCaseload },
  ],
  exports: [HouseholdCommands, HOUSEHOLD_REPOSITORY],
})
export class HouseholdModule {}
