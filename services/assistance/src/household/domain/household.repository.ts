import { DuplicateMatch, DuplicateMatcher } from './duplicate-screening';
import { HouseholdChange } from './household-change';
import { Household } from './household';
import { HouseholdMember } from './household-member';

/** Port: how the use cases load and store households (the adapter lives in persistence/). */
export interface HouseholdRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Household | null>;
  /** Stores the household if its stored version is `expectedVersion` (null = new), with its history. */
  save(household: Household, changes: HouseholdChange[], expectedVersion: number | null): Promise<void>;
  duplicateMatchers(): Promise<DuplicateMatcher[]>;
  /** Members of other active households that the given kinds of matcher recognise. */
  findDuplicates(
    members: readonly HouseholdMember[],
    divisionCode: string,
    excludeHouseholdId: string,
    kinds: DuplicateMatcher['kind'][],
  ): Promise<DuplicateMatch[]>;
}

export const HOUSEHOLD_REPOSITORY = Symbol('HOUSEHOLD_REPOSITORY');
