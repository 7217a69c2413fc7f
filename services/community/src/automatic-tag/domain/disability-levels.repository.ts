import { DisabilityLevels } from './automatic-tags';

/** Port: the care levels that make an elder 失能 (one row of city data). */
export interface DisabilityLevelsRepository {
  get(options?: { forUpdate?: boolean }): Promise<DisabilityLevels>;
  /** Stores the levels if the stored version is `expectedVersion`. */
  save(levels: number[], expectedVersion: number, updatedBy: string): Promise<DisabilityLevels>;
}

export const DISABILITY_LEVELS_REPOSITORY = Symbol('DISABILITY_LEVELS_REPOSITORY');
