import { ConventionVersion } from './convention';

/** Port: the versions of committees' conventions (the SQL adapter lives in persistence/). */
export interface ConventionRepository {
  current(committeeCode: string): Promise<ConventionVersion | null>;
  /** Adds a version; a number taken meanwhile is CONVENTION.REVISED_MEANWHILE. */
  add(committeeCode: string, version: ConventionVersion, recordedBy: string): Promise<void>;
}

export const CONVENTION_REPOSITORY = Symbol('CONVENTION_REPOSITORY');
