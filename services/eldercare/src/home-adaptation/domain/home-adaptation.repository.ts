import { Money } from '@civic/domain-kernel';
import { HomeAdaptation } from './home-adaptation';
import { HomeAdaptationPolicy } from './home-adaptation-policy';

/** Port: how the use cases load and store home adaptations (the SQL adapter lives in persistence/). */
export interface HomeAdaptationRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<HomeAdaptation | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new). */
  save(subject: HomeAdaptation, expectedVersion: number | null): Promise<void>;
  /**
   * Serialises the limit decisions of one elder until the transaction ends, and returns the subsidy
   * their other adaptations already hold (approved or granted), so two assessments at once cannot
   * both spend the last of the limit.
   */
  lockElderCommitted(citizenId: string, exceptId: string): Promise<Money>;
  policy(): Promise<HomeAdaptationPolicy>;
  setPolicy(policy: HomeAdaptationPolicy, recordedBy: string): Promise<void>;
}

export const HOME_ADAPTATION_REPOSITORY = Symbol('HOME_ADAPTATION_REPOSITORY');
