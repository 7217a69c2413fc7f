import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { HouseholdCommands } from './application/household-commands';
import { HouseholdQueries } from './application/household-queries';
import { HOUSEHOLD_REPOSITORY } from './domain/household.repository';
import { HouseholdsController } from './http/households.controller';
import { SqlHouseholdRepository } from './persistence/sql-household.repository';

@Module({
  imports: [DivisionReadModelModule],
  controllers: [HouseholdsController],
  providers: [HouseholdCommands, HouseholdQueries, { provide: HOUSEHOLD_REPOSITORY, useClass: SqlHouseholdRepository }],
  exports: [HouseholdCommands, HOUSEHOLD_REPOSITORY],
})
export class HouseholdModule {}
