import { SqlImportJobQueries } from '@civic/bulk-import';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PERSON_IMPORT_TABLES } from './sql-person-import.repository';

/** Adapter of the community cloud import query port: progress and the per-row report. */
@Injectable()
export class SqlPersonImportQueries extends SqlImportJobQueries {
  constructor(uow: UnitOfWork) {
    super(uow, PERSON_IMPORT_TABLES);
  }
}
