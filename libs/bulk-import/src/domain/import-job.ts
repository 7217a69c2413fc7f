import { DomainError } from '@civic/domain-kernel';

/** Who uploaded an import: the import runs on their behalf, within their districts. */
export interface Uploader {
  subject: string;
  system: string;
  districts: string[];
}

export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

/** A bulk import (批量导入) as a job: its stored rows are imported group by group in the background. */
export interface ImportJob {
  id: string;
  status: ImportStatus;
  uploader: Uploader;
}

/** One stored row of an uploaded file: its number in the file, the group it belongs to and its fields. */
export interface ImportRow<F = Record<string, string>> {
  rowNumber: number;
  groupRef: string;
  fields: F;
}

/** What became of one row: accepted (with the record it made, if any) or refused with the reason. */
export type RowOutcome = { rowNumber: number; accepted: true; resultId: string | null } | { rowNumber: number; accepted: false; error: string };

/** An import is visible to whoever may import, within the uploader's districts. */
export function visibleTo(uploader: Uploader, reader: { districts: string[] } | undefined): boolean {
  if (!reader?.districts.length) return true;
  return uploader.districts.length > 0 && uploader.districts.every((d) => reader.districts.includes(d));
}

export function importNotFound(what: string, id: string): DomainError {
  return new DomainError('IMPORT.NOT_FOUND', `no ${what} ${id}`, 'not-found');
}
