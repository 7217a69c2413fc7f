import { DomainError } from '@civic/domain-kernel';
import { afterCommit, CsvUpload, requestContext } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { checkPersonImportFile, dwellingRef } from '../domain/person-import-rows';
import { PERSON_IMPORT_STORE, PersonImportStore } from './person-import-store';
import { PersonImportWorker } from './person-import-worker';

/** 人房数据 批量导入: accepts a committee's file, stores its rows by dwelling and leaves the work to the import worker. */
@Injectable()
export class PersonImportCommands {
  constructor(
    @Inject(PERSON_IMPORT_STORE) private readonly jobs: PersonImportStore,
    private readonly worker: PersonImportWorker,
  ) {}

  async submit(csv: unknown): Promise<string> {
    // The platform parsed the file as it arrived (malformed or oversized files are refused there).
    if (!(csv instanceof CsvUpload)) throw new DomainError('IMPORT.EMPTY', 'send the file as a text/csv body', 'invalid', 'body');
    const rows = checkPersonImportFile(csv.header, csv.rows);
    const actor = requestContext.current()!.actor!;
    const id = randomUUID();
    await this.jobs.create(
      id,
      rows.map((fields) => ({ groupRef: dwellingRef(fields).slice(0, 250), fields })),
      { subject: actor.subject, system: actor.system, districts: actor.districts },
    );
    afterCommit(() => void this.worker.wake(id));
    return id;
  }
}
