import { Uploader } from '../domain/import-job';

export interface ImportJobView {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  acceptedRows: number;
  rejectedRows: number;
  householdsCreated: number;
  uploader: Uploader;
  createdAt: string;
  completedAt: string | null;
}

export interface ImportReportLine {
  rowNumber: number;
  householdRef: string;
  outcome: string | null;
  householdId: string | null;
  errors: string[] | null;
}

/** Query port: an import's progress and its per-row report. */
export interface ImportQueries {
  get(id: string): Promise<ImportJobView | null>;
  /** Report lines after `afterRow`, in row order (keyset pages for streaming). */
  reportAfter(id: string, afterRow: number, limit: number): Promise<ImportReportLine[]>;
}

export const IMPORT_QUERIES = Symbol('IMPORT_QUERIES');
