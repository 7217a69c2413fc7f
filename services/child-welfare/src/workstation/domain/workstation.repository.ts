import { Workstation, WorkstationChange } from './workstation';

/** Port: workstations and their staff (the SQL adapter lives in persistence/). */
export interface WorkstationRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Workstation | null>;
  /** The workstation serving a sub-district. */
  ofDivision(divisionCode: string): Promise<Workstation | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), with the staff changes among `changes`. */
  save(station: Workstation, expectedVersion: number | null, changes: WorkstationChange[]): Promise<void>;
}

export const WORKSTATION_REPOSITORY = Symbol('WORKSTATION_REPOSITORY');
