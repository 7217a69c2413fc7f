import { ImportJob, ImportRow, ImportStatus, RowOutcome, Uploader } from '../domain/import-job';

export interface ImportJobView {
  id: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  acceptedRows: number;
  rejectedRows: number;
  /** What the import made of its groups (households, dwellings): the service names it. */
  created: number;
  uploader: Uploader;
  createdAt: string;
  completedAt: string | null;
}

export interface ImportReportLine {
  rowNumber: number;
  groupRef: string;
  outcome: 'accepted' | 'rejected' | null;
  resultId: string | null;
  errors: string[] | null;
}

/** Port: import jobs, their uploaded rows and each row's outcome; the progress and report the API shows. */
export interface ImportJobStore<F = Record<string, string>> {
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
  view(id: string): Promise<ImportJobView | null>;
  /** Report lines after `afterRow`, in row order (keyset pages for streaming). */
  reportAfter(id: string, afterRow: number, limit: number): Promise<ImportReportLine[]>;
}
