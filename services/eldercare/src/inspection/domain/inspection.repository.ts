import { Inspection } from './inspection';

/** Port: inspections and their findings (the SQL adapter lives in persistence/). */
export interface InspectionRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Inspection | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new). */
  save(inspection: Inspection, expectedVersion: number | null): Promise<void>;
  /** Inspections with a finding open past its deadline and not yet found overdue. */
  withNewlyOverdue(today: string, limit: number): Promise<string[]>;
}

export const INSPECTION_REPOSITORY = Symbol('INSPECTION_REPOSITORY');
