import { Module } from '@nestjs/common';
import { HouseholdModule } from '../household/household.module';
import { HOUSEHOLD_IMPORT_QUERIES } from './application/household-import-queries';
import { HOUSEHOLD_IMPORT_REPOSITORY } from './domain/household-import.repository';
import { ImportCommands } from './application/import-commands';
import { IMPORT_SWEEP_MS, ImportWorker } from './application/import-worker';
import { HouseholdImportsController } from './http/household-imports.controller';
import { SqlHouseholdImportQueries } from './persistence/household-import.queries';
import { SqlHouseholdImportRepository } from './persistence/sql-household-import.repository';

@Module({
  imports: [HouseholdModule],
  controllers: [HouseholdImportsController],
  providers: [
    ImportWorker,
    ImportCommands,
    { provide: HOUSEHOLD_IMPORT_REPOSITORY, useClass: SqlHouseholdImportRepository },
    { provide: HOUSEHOLD_IMPORT_QUERIES, useClass: SqlHouseholdImportQueries },
    { provide: IMPORT_SWEEP_MS, useValue: 10_000 },
  ],
})
export class HouseholdImportModule {}
