import { RescueCase } from './rescue-case';

/** Port: rescue cases. */
export interface RescueCaseRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<RescueCase | null>;
  /** Stores the case if its stored version is `expectedVersion` (null = new). */
  save(rescueCase: RescueCase, expectedVersion: number | null): Promise<void>;
}

export const RESCUE_CASE_REPOSITORY = Symbol('RESCUE_CASE_REPOSITORY');
