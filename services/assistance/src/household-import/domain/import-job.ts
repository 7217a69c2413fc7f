import { DomainError } from '@civic/domain-kernel';

/** Who uploaded an import: the import runs on their behalf, within their districts. */
export interface Uploader {
  subject: string;
  system: string;
  districts: string[];
}

/** A bulk import (批量导入) as a job: its rows are imported household by household in the background. */
export interface ImportJob {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  uploader: Uploader;
}

/** What one household's rows came to: the household created, or why each row was refused. */
export type HouseholdOutcome = { householdId: string } | { errors: Map<number, string> };

/** An import is visible to whoever may import, within the uploader's districts. */
export function visibleTo(uploader: Uploader, reader: { districts: string[] } | undefined): boolean {
  if (!reader?.districts.length) return true;
  return uploader.districts.length > 0 && uploader.districts.every((d) => reader.districts.includes(d));
}

export function importNotFound(id: string): DomainError {
  return new DomainError('IMPORT.NOT_FOUND', `no household import ${id}`, 'not-found');
}
