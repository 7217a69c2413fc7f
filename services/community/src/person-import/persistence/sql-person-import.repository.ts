import { importTables, SqlImportJobRepository } from '@civic/bulk-import';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PersonImportFields } from '../domain/person-import-rows';

/** `person_import` and `person_import_row` (libs/bulk-import's two tables; a group is a dwelling). */
export const PERSON_IMPORT_TABLES = importTables('person');

/** Adapter: community cloud import jobs and their rows. */
@Injectable()
export class SqlPersonImportRepository extends SqlImportJobRepository<PersonImportFields> {
  constructor(uow: UnitOfWork) {
    super(uow, PERSON_IMPORT_TABLES);
  }
}
