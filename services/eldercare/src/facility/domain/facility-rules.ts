import { BusinessDate, DomainError } from '@civic/domain-kernel';

/**
 * The facility types of the plan: 养老机构 (institution), 综合为老服务中心 (community comprehensive
 * centre), 日间照料中心 (day care), 社区老年助餐服务场所 (meal site), 家门口养老服务站 (doorstep
 * station), 乡村长者照护之家 (rural elder home).
 */
export const FACILITY_KINDS = ['institution', 'community-centre', 'day-care', 'meal-site', 'doorstep-station', 'rural-elder-home'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Kinds with residential beds (a resident sleeps there); the others serve by day. */
export const RESIDENTIAL_KINDS: readonly FacilityKind[] = ['institution', 'community-centre', 'rural-elder-home'];

/** 等级评定: a star grade, given on a date, standing until a date. */
export interface FacilityGrade {
  stars: number;
  gradedOn: BusinessDate;
  validUntil: BusinessDate;
}

export const MAX_STARS = 5;
/** 养老机构等级评定 (GB/T 37276): a grade stands for three years, then the institution is graded again. */
export const GRADE_VALID_YEARS = 3;
export const CREDIT_SCORE_START = 100;

/** Star grades are given to institutions (养老机构等级评定). */
export function isGradable(kind: FacilityKind): boolean {
  return kind === 'institution';
}

/** The last day a grade given on `gradedOn` stands. */
export function gradeValidUntil(gradedOn: BusinessDate): BusinessDate {
  return gradedOn.addMonths(GRADE_VALID_YEARS * 12).addDays(-1);
}

/** A credit score moved by `delta` points, kept within 0-100; a move of 0 or a fraction is refused. */
export function movedCreditScore(score: number, delta: number): number {
  if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > 100) {
    throw new DomainError('FACILITY.CREDIT_DELTA_INVALID', 'delta must be a whole number of points, -100 to 100, not 0', 'invalid', 'delta');
  }
  return Math.min(100, Math.max(0, score + delta));
}
