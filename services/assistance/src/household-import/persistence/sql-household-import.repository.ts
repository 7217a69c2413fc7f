import { ImportTables, SqlImportJobRepository } from '@civic/bulk-import';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ImportFields } from '../domain/import-rows';

/** `household_import` and `household_import_row`, as assistance named them before libs/bulk-import (a group is a household). */
export const HOUSEHOLD_IMPORT_TABLES: ImportTables = {
  job: 'household_import',
  row: 'household_import_row',
  groupColumn: 'household_ref',
  resultColumn: 'household_id',
  createdColumn: 'households_created',
};

/** Adapter: household import jobs and their rows. */
@Injectable()
export class SqlHouseholdImportRepository extends SqlImportJobRepository<ImportFields> {
  constructor(uow: UnitOfWork) {
    super(uow, HOUSEHOLD_IMPORT_TABLES);
  }
}
