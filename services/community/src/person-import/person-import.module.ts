import { Module } from '@nestjs/common';
import { COMMUNITY_CLOUD_LOADER, PERSON_IMPORT_STORE } from './application/person-import-store';
import { PersonImportCommands } from './application/person-import-commands';
import { PERSON_IMPORT_SWEEP_MS, PersonImportWorker } from './application/person-import-worker';
import { PersonImportsController } from './http/person-imports.controller';
import { SqlCommunityCloudLoader } from './persistence/sql-community-cloud.loader';
import { SqlPersonImportStore } from './persistence/sql-person-import.store';

/** 人房数据 批量导入: committees' registers of dwellings and residents loaded from CSV in the background (libs/bulk-import). */
@Module({
  controllers: [PersonImportsController],
  providers: [
    PersonImportWorker,
    PersonImportCommands,
    { provide: PERSON_IMPORT_STORE, useClass: SqlPersonImportStore },
    { provide: COMMUNITY_CLOUD_LOADER, useClass: SqlCommunityCloudLoader },
    { provide: PERSON_IMPORT_SWEEP_MS, useValue: 10_000 },
  ],
})
export class PersonImportModule {}
