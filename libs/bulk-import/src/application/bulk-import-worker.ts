import { Actor, BackgroundWorker, JobLease } from '@civic/platform';
import { ImportRow } from '../domain/import-job';
import { ImportJobRepository } from '../domain/import-job.repository';

export interface BulkImportOptions {
  /** The lease name's prefix, e.g. `household-import` (one replica imports a file at a time). */
  leasePrefix: string;
  /** Rows read at once: their groups (each whole) go to `importGroups` together. */
  rowsPerRead: number;
  sweepMs: number;
}

/** The lease an import runs under, across the service's replicas. */
export const importLeaseKey = (prefix: string, id: string) => `${prefix}:${id}`;

/**
 * Runs stored imports in the background, a batch of groups at a time, as the uploader (their
 * districts), until no row is left. The service's `importGroups` records each row's outcome in the
 * same transaction as what the rows made, so an interrupted import resumes with the rows not done.
 */
export abstract class BulkImportWorker<F = Record<string, string>> extends BackgroundWorker {
  constructor(
    protected readonly jobs: ImportJobRepository<F>,
    private readonly lease: JobLease,
    private readonly options: BulkImportOptions,
  ) {
    super();
  }

  /** Imports one batch of groups (households, dwellings), recording every row's outcome through `jobs.recordOutcomes`. */
  protected abstract importGroups(id: string, groups: ImportRow<F>[][], actor: Actor): Promise<void>;

  protected sweepIntervalMs(): number {
    return this.options.sweepMs;
  }

  protected pending(): Promise<string[]> {
    return this.jobs.pending();
  }

  /** One replica imports a file at a time: another that finds the job leased leaves it to the holder. */
  protected async work(id: string): Promise<void> {
    await this.lease.holding(importLeaseKey(this.options.leasePrefix, id), () => this.importFile(id));
  }

  private async importFile(id: string): Promise<void> {
    if (!(await this.jobs.markRunning(id))) return;
    const { uploader } = (await this.jobs.find(id))!;
    const actor: Actor = { subject: uploader.subject, system: uploader.system, roles: [], districts: uploader.districts };
    for (;;) {
      if (this.stopping) return;
      const groups = await this.jobs.nextGroups(id, this.options.rowsPerRead);
      if (groups.length === 0) break;
      await this.importGroups(id, groups, actor);
    }
    await this.jobs.complete(id);
  }
}
