import { DomainError } from '@civic/domain-kernel';
import { afterCommit, CsvUpload, requestContext } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { checkImportShape } from '../domain/import-rows';
import { HOUSEHOLD_IMPORT_STORE, HouseholdImportStore } from './household-import-store';
import { ImportWorker } from './import-worker';

/** 批量导入: accepts the file, stores its rows and leaves the work to the import worker. */
@Injectable()
export class ImportCommands {
  constructor(
    @Inject(HOUSEHOLD_IMPORT_STORE) private readonly jobs: HouseholdImportStore,
    private readonly worker: ImportWorker,
  ) {}

  /** Stores the rows of an uploaded file and returns the new job's id; the worker starts after commit. */
  async submit(csv: unknown): Promise<string> {
    // The platform parsed the file as it arrived (malformed or oversized files are refused there).
    if (!(csv instanceof CsvUpload)) throw new DomainError('IMPORT.EMPTY', 'send the file as a text/csv body', 'invalid', 'body');
    const rows = checkImportShape(csv.header, csv.rows);
    const actor = requestContext.current()!.actor!;
    const id = randomUUID();
    await this.jobs.create(
      id,
      rows.map((fields) => ({ groupRef: fields.householdRef, fields })),
      { subject: actor.subject, system: actor.system, districts: actor.districts },
    );
    afterCommit(() => void this.worker.wake(id));
    return id;
  }
}
