import { Module } from '@nestjs/common';
import { HouseholdModule } from '../household/household.module';
import { ImportCommands } from './application/import-commands';
import { IMPORT_SWEEP_MS, ImportWorker } from './application/import-worker';
import { HouseholdImportsController } from './http/household-imports.controller';
import { IMPORT_QUERIES } from './application/import-queries';
import { IMPORT_JOB_REPOSITORY } from './domain/import-job.repository';
import { SqlImportQueries } from './persistence/import.queries';
import { SqlImportJobRepository } from './persistence/sql-import-job.repository';

@Module({
  imports: [HouseholdModule],
  controllers: [HouseholdImportsController],
  providers: [
    ImportWorker,
    ImportCommands,
    { provide: IMPORT_JOB_REPOSITORY, useClass: SqlImportJobRepository },
    { provide: IMPORT_QUERIES, useClass: SqlImportQueries },
    { provide: IMPORT_SWEEP_MS, useValue: 10_000 },
  ],
})
export class HouseholdImportModule {}
