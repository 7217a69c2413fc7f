import { DivisionChange } from './division-change';
import { Division } from './division';

/** Port: how the use cases load and store divisions (the adapter lives in persistence/). */
export interface DivisionRepository {
  find(code: string): Promise<Division | null>;
  countActiveChildren(code: string): Promise<number>;
  /** Inserts a new division, or updates one if its stored version is `expectedVersion`; records its history. */
  save(division: Division, changes: DivisionChange[], expectedVersion: number | null): Promise<void>;
}

export const DIVISION_REPOSITORY = Symbol('DIVISION_REPOSITORY');
