import { ImportJob, ImportRow, RowOutcome, Uploader } from './import-job';

/** Port: import jobs, their uploaded rows and each row's outcome (the SQL adapter lives in persistence/). */
export interface ImportJobRepository<F = Record<string, string>> {
  create(id: string, rows: { groupRef: string; fields: F }[], uploader: Uploader): Promise<void>;
  find(id: string): Promise<ImportJob | null>;
  /** Jobs not finished (queued, or running when a worker died). */
  pending(): Promise<string[]>;
  /** False when the job is already finished. */
  markRunning(id: string): Promise<boolean>;
  /** The groups of the next `rows` unprocessed rows in file order, each with all its unprocessed rows. */
  nextGroups(id: string, rows: number): Promise<ImportRow<F>[][]>;
  /** Records rows' outcomes and moves the job's counters (`created`: groups made), in the current transaction. */
  recordOutcomes(id: string, outcomes: RowOutcome[], created: number): Promise<void>;
  complete(id: string, error?: string): Promise<void>;
}
