import { SqlImportJobStore } from '@civic/bulk-import';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ImportFields } from '../domain/import-rows';

/** Adapter: the import store over `household_import` and `household_import_row` (a group is a household). */
@Injectable()
export class SqlHouseholdImportStore extends SqlImportJobStore<ImportFields> {
  constructor(uow: UnitOfWork) {
    super(uow, {
      job: 'household_import',
      row: 'household_import_row',
      groupColumn: 'household_ref',
      resultColumn: 'household_id',
      createdColumn: 'households_created',
    });
  }
}
