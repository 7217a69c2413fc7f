import { EligibilityCondition } from './eligibility';
import { ProgrammeExclusion } from './programme-exclusion';

/** The assistance programmes (救助项目); the events carry the same codes (libs/contracts). */
export const PROGRAMME_CODES = ['dibao', 'tekun', 'zhichuxing', 'linshi', 'canji-shenghuo', 'canji-huli'] as const;
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];

/** Stages of an application that have a time limit (办理时限), in days. */
export type StageLimits = Partial<Record<'submitted' | 'verifying' | 'community-review' | 'public-notice' | 'awaiting-decision', number>>;

/**
 * How a programme turns a household and its standard into a monthly amount:
 * - `gap` (低保): (standard - per-capita income) x members, never negative;
 * - `gap-after-essential-spending` (支出型): (the given share of the standard - per-capita income
 *   after essential medical and education spending, 刚性支出) x members, never negative;
 * - `per-member` (特困): standard x members;
 * - `per-eligible-member` (两项补贴): standard x members with one of the disability grades;
 * - `one-off` (临时救助): the amount the district decides, paid once.
 */
export type AmountRule =
  | { kind: 'gap' }
  | { kind: 'gap-after-essential-spending'; percentOfStandard: number }
  | { kind: 'per-member' }
  | { kind: 'per-eligible-member'; disabilityGrades: number[] }
  | { kind: 'one-off'; maxYuan: string };

/** A programme (救助项目): its rules are data, changed by operators, not code. */
export interface Programme {
  code: ProgrammeCode;
  nameZh: string;
  nameEn: string;
  amountRule: AmountRule;
  eligibility: EligibilityCondition[];
  stageLimitDays: StageLimits;
  /** At most one benefit of it per household at a time (低保). */
  oneActivePerHousehold: boolean;
  /** The group of programmes a household holds one of at a time, and this one's precedence in it. */
  exclusion: ProgrammeExclusion | null;
  /** 先行救助: granted ahead of verification and notice, reviewed within these working days; null where not allowed. */
  emergencyReviewWorkingDays: number | null;
  version: number;
}
