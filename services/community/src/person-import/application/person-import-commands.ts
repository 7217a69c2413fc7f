import { startImport } from '@civic/bulk-import';
import { Inject, Injectable } from '@nestjs/common';
import { checkPersonImportFile, dwellingRef } from '../domain/person-import-rows';
import { PERSON_IMPORT_REPOSITORY, PersonImportRepository } from '../domain/person-import.repository';
import { PersonImportWorker } from './person-import-worker';

/** 人房数据 批量导入: accepts a committee's file, stores its rows by dwelling and leaves the work to the import worker. */
@Injectable()
export class PersonImportCommands {
  constructor(
    @Inject(PERSON_IMPORT_REPOSITORY) private readonly jobs: PersonImportRepository,
    private readonly worker: PersonImportWorker,
  ) {}

  submit(csv: unknown): Promise<string> {
    return startImport(csv, checkPersonImportFile, (fields) => dwellingRef(fields).slice(0, 250), this.jobs, this.worker);
  }
}
