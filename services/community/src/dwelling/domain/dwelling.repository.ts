import { Dwelling } from './dwelling';

/** Port: dwellings (the SQL adapter lives in persistence/). */
export interface DwellingRepository {
  find(id: string): Promise<Dwelling | null>;
  /** Adds a new dwelling; its address is unique within its committee. */
  add(dwelling: Dwelling): Promise<void>;
}

export const DWELLING_REPOSITORY = Symbol('DWELLING_REPOSITORY');
