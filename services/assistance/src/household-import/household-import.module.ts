import { Module } from '@nestjs/common';
import { HouseholdModule } from '../household/household.module';
import { HOUSEHOLD_IMPORT_STORE } from './application/household-import-store';
import { ImportCommands } from './application/import-commands';
import { IMPORT_SWEEP_MS, ImportWorker } from './application/import-worker';
import { HouseholdImportsController } from './http/household-imports.controller';
import { SqlHouseholdImportStore } from './persistence/sql-household-import.store';

@Module({
  imports: [HouseholdModule],
  controllers: [HouseholdImportsController],
  providers: [
    ImportWorker,
    ImportCommands,
    { provide: HOUSEHOLD_IMPORT_STORE, useClass: SqlHouseholdImportStore },
    { provide: IMPORT_SWEEP_MS, useValue: 10_000 },
  ],
})
export class HouseholdImportModule {}
