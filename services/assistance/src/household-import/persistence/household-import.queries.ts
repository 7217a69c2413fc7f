import { SqlImportJobQueries } from '@civic/bulk-import';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HOUSEHOLD_IMPORT_TABLES } from './sql-household-import.repository';

/** Adapter of the household import query port: progress and the per-row report. */
@Injectable()
export class SqlHouseholdImportQueries extends SqlImportJobQueries {
  constructor(uow: UnitOfWork) {
    super(uow, HOUSEHOLD_IMPORT_TABLES);
  }
}
