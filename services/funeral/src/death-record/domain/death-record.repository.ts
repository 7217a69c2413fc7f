import { DeathRecord } from './death-record';

/** Port: how the use cases load and store death records (the SQL adapter lives in persistence/). */
export interface DeathRecordRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<DeathRecord | null>;
  isRegistered(citizenId: string): Promise<boolean>;
  /** Stores the record if its stored version is `expectedVersion` (null = new); a second death for the citizen is refused. */
  save(record: DeathRecord, expectedVersion: number | null): Promise<void>;
}

export const DEATH_RECORD_REPOSITORY = Symbol('DEATH_RECORD_REPOSITORY');
