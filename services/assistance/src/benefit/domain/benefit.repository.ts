import { BusinessDate } from '@civic/domain-kernel';
import { Benefit, BenefitChange } from './benefit';

export interface BenefitWrite {
  benefit: Benefit;
  changes: BenefitChange[];
  /** null for a new benefit. */
  expectedVersion: number | null;
}

/** Port for benefits. */
export interface BenefitRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Benefit | null>;
  /** Active and suspended benefits of a programme, in id order after `afterId`, locked for re-computation. */
  openOfProgramme(programme: string, afterId: string | null, limit: number): Promise<Benefit[]>;
  /** Stores benefits (new ones inserted, others updated over the version read) with their amount and status history. */
  save(writes: BenefitWrite[]): Promise<void>;
  /** Open (active or suspended) benefits of a household, locked. */
  openOfHousehold(householdId: string): Promise<Benefit[]>;
  /** Open benefits of the household in a programme group (低保/特困/支出型), locked. */
  openInGroup(householdId: string, group: string): Promise<Benefit[]>;
  /** Open (active or suspended) benefits that cover a person, locked. */
  openCovering(citizenId: string): Promise<Benefit[]>;
  /**
   * Benefits whose latest status change was made for `cause` (a death record's id in its reason),
   * locked, with that change's effective date: what undoing the cause restores.
   */
  stoppedBy(cause: string): Promise<{ benefit: Benefit; stoppedOn: BusinessDate }[]>;
}

export const BENEFIT_REPOSITORY = Symbol('BENEFIT_REPOSITORY');
