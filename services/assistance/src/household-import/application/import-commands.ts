import { DomainError } from '@civic/domain-kernel';
import { afterCommit, requestContext } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { checkImportShape, ImportFields } from '../domain/import-rows';
import { IMPORT_JOB_REPOSITORY, ImportJobRepository } from '../domain/import-job.repository';
import { ImportWorker } from './import-worker';

/** 批量导入: accepts the file, stores its rows and leaves the work to the import worker. */
@Injectable()
export class ImportCommands {
  constructor(
    @Inject(IMPORT_JOB_REPOSITORY) private readonly jobs: ImportJobRepository,
    private readonly worker: ImportWorker,
  ) {}

  /** Stores the rows and returns the new job's id; the worker starts after commit. */
  async submit(csv: unknown): Promise<string> {
    if (typeof csv !== 'string' || csv.trim() === '') throw new DomainError('IMPORT.EMPTY', 'send the file as a text/csv body', 'invalid', 'body');
    let header: string[] = [];
    let rows: ImportFields[];
    try {
      rows = parse(csv, {
        bom: true,
        skip_empty_lines: true,
        trim: true,
        columns: (names: string[]) => (header = names),
      });
    } catch (error) {
      throw new DomainError('IMPORT.CSV_MALFORMED', `the file is not valid CSV: ${(error as Error).message}`, 'invalid', 'body');
    }
    checkImportShape(header, rows);
    const actor = requestContext.current()!.actor!;
    const id = randomUUID();
    await this.jobs.create(id, rows, { subject: actor.subject, system: actor.system, districts: actor.districts });
    afterCommit(() => void this.worker.wake(id));
    return id;
  }
}
