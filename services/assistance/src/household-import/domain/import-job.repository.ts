import { ImportFields, ImportRow } from './import-rows';
import { HouseholdOutcome, ImportJob, Uploader } from './import-job';

/** Port: import jobs, their uploaded rows and each row's outcome. */
export interface ImportJobRepository {
  create(id: string, rows: ImportFields[], uploader: Uploader): Promise<void>;
  find(id: string): Promise<ImportJob | null>;
  /** Jobs not finished (queued, or running when a worker died). */
  pending(): Promise<string[]>;
  /** False when the job is already finished. */
  markRunning(id: string): Promise<boolean>;
  /** The next households not yet processed, all their rows, in file order. */
  nextHouseholds(id: string, households: number): Promise<ImportRow[][]>;
  /** Records the outcome of one household's rows and moves the job's counters, in the current transaction. */
  recordOutcome(id: string, rows: ImportRow[], outcome: HouseholdOutcome): Promise<void>;
  complete(id: string, error?: string): Promise<void>;
}

export const IMPORT_JOB_REPOSITORY = Symbol('IMPORT_JOB_REPOSITORY');
