import { Module } from '@nestjs/common';
import { HouseholdModule } from '../household/household.module';
import { ImportCommands } from './application/import-commands';
import { IMPORT_SWEEP_MS, ImportWorker } from './application/import-worker';
import { HouseholdImportsController } from './http/household-imports.controller';
import { ImportStore } from './persistence/import.store';

@Module({
  imports: [HouseholdModule],
  controllers: [HouseholdImportsController],
  providers: [ImportStore, ImportWorker, ImportCommands, { provide: IMPORT_SWEEP_MS, useValue: 10_000 }],
})
export class HouseholdImportModule {}
