import { Facility } from './facility';
import { FacilityChange } from './facility-change';

/** Port: how the use cases load and store facilities (the SQL adapter lives in persistence/). */
export interface FacilityRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Facility | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), with the credit moves among `changes` (recorded by `recordedBy`). */
  save(subject: Facility, expectedVersion: number | null, changes: FacilityChange[], recordedBy: string): Promise<void>;
}

export const FACILITY_REPOSITORY = Symbol('FACILITY_REPOSITORY');
