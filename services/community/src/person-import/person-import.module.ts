import { Module } from '@nestjs/common';
import { PERSON_IMPORT_QUERIES } from './application/person-import-queries';
import { COMMUNITY_CLOUD_LOADER } from './domain/community-cloud-loader';
import { PERSON_IMPORT_REPOSITORY } from './domain/person-import.repository';
import { PersonImportCommands } from './application/person-import-commands';
import { PERSON_IMPORT_SWEEP_MS, PersonImportWorker } from './application/person-import-worker';
import { PersonImportsController } from './http/person-imports.controller';
import { SqlCommunityCloudLoader } from './persistence/sql-community-cloud.loader';
import { SqlPersonImportQueries } from './persistence/person-import.queries';
import { SqlPersonImportRepository } from './persistence/sql-person-import.repository';

/** 人房数据 批量导入: committees' registers of dwellings and residents loaded from CSV in the background (libs/bulk-import). */
@Module({
  controllers: [PersonImportsController],
  providers: [
    PersonImportWorker,
    PersonImportCommands,
    { provide: PERSON_IMPORT_REPOSITORY, useClass: SqlPersonImportRepository },
    { provide: PERSON_IMPORT_QUERIES, useClass: SqlPersonImportQueries },
    { provide: COMMUNITY_CLOUD_LOADER, useClass: SqlCommunityCloudLoader },
    { provide: PERSON_IMPORT_SWEEP_MS, useValue: 10_000 },
  ],
})
export class PersonImportModule {}
