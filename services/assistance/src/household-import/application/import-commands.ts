import { startImport } from '@civic/bulk-import';
import { Inject, Injectable } from '@nestjs/common';
import { checkImportShape } from '../domain/import-rows';
import { HOUSEHOLD_IMPORT_REPOSITORY, HouseholdImportRepository } from '../domain/household-import.repository';
import { ImportWorker } from './import-worker';

/** 批量导入: accepts the file, stores its rows by household and leaves the work to the import worker. */
@Injectable()
export class ImportCommands {
  constructor(
    @Inject(HOUSEHOLD_IMPORT_REPOSITORY) private readonly jobs: HouseholdImportRepository,
    private readonly worker: ImportWorker,
  ) {}

  /** Stores the rows of an uploaded file and returns the new job's id; the worker starts after commit. */
  submit(csv: unknown): Promise<string> {
    return startImport(csv, checkImportShape, (fields) => fields.householdRef, this.jobs, this.worker);
  }
}
