import { DomainError } from '@civic/domain-kernel';
import { afterCommit, CsvUpload, requestContext } from '@civic/platform';
import { randomUUID } from 'node:crypto';
import { ImportJobRepository } from '../domain/import-job.repository';

/**
 * 批量导入: stores the rows of an uploaded file as a new job, each in its group, on behalf of the
 * caller (their districts), and wakes the worker after commit; returns the job's id. `check` refuses a
 * file of the wrong shape before anything is stored (the platform already refused malformed or
 * oversized files while they arrived).
 */
export async function startImport<F>(
  csv: unknown,
  check: (header: string[], rows: Record<string, string>[]) => F[],
  groupOf: (fields: F) => string,
  jobs: ImportJobRepository<F>,
  worker: { wake(id: string): Promise<void> },
): Promise<string> {
  if (!(csv instanceof CsvUpload)) throw new DomainError('IMPORT.EMPTY', 'send the file as a text/csv body', 'invalid', 'body');
  const rows = check(csv.header, csv.rows);
  const actor = requestContext.current()!.actor!;
  const id = randomUUID();
  await jobs.create(
    id,
    rows.map((fields) => ({ groupRef: groupOf(fields), fields })),
    { subject: actor.subject, system: actor.system, districts: actor.districts },
  );
  afterCommit(() => void worker.wake(id));
  return id;
}
