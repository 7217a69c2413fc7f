import { BusinessDate, Money } from '@civic/domain-kernel';
import { EligibilityCondition } from './eligibility';
import { Programme } from './programme';
import { StandardSchedule } from './standard-schedule';

/** Port for programmes and their standards. */
export interface ProgrammeRepository {
  all(): Promise<Programme[]>;
  /** The programme, or a DomainError (400, field `programme`) when there is no such programme. */
  require(code: string): Promise<Programme>;
  standards(code: string): Promise<StandardSchedule>;
  addStandard(code: string, effectiveFrom: BusinessDate, amount: Money): Promise<void>;
  saveEligibility(code: string, eligibility: EligibilityCondition[], expectedVersion: number): Promise<number>;
}

export const PROGRAMME_REPOSITORY = Symbol('PROGRAMME_REPOSITORY');
