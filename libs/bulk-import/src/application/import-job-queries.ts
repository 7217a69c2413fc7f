import { ImportStatus, Uploader } from '../domain/import-job';

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

/** Query port: an import's progress and its per-row report. */
export interface ImportJobQueries {
  view(id: string): Promise<ImportJobView | null>;
  /** Report lines after `afterRow`, in row order (keyset pages for streaming). */
  reportAfter(id: string, afterRow: number, limit: number): Promise<ImportReportLine[]>;
}
