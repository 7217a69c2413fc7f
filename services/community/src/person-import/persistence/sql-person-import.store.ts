import { importTables, SqlImportJobStore } from '@civic/bulk-import';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PersonImportFields } from '../domain/person-import-rows';

/** Adapter: the import store over `person_import` and `person_import_row` (a group is a dwelling). */
@Injectable()
export class SqlPersonImportStore extends SqlImportJobStore<PersonImportFields> {
  constructor(uow: UnitOfWork) {
    super(uow, importTables('person'));
  }
}
