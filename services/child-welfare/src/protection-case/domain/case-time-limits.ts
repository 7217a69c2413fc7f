import { BusinessDate, DomainError } from '@civic/domain-kernel';

/** The open stages of a protection case, in order. */
export const OPEN_STAGES = ['reported', 'assessed', 'planned', 'follow-up'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

/**
 * How long a case may stay in each stage, in days, as data the city sets: a report is assessed
 * within a day (24 小时内核查), a plan made within 3 days of the assessment, the first visit within
 * 7 days of the plan, and visits follow at most 30 days apart while the case is followed up.
 */
export type CaseTimeLimits = Record<OpenStage, number>;

export const DEFAULT_CASE_TIME_LIMITS: CaseTimeLimits = { reported: 1, assessed: 3, planned: 7, 'follow-up': 30 };

export function checkTimeLimits(limits: CaseTimeLimits): CaseTimeLimits {
  for (const stage of OPEN_STAGES) {
    const days = limits[stage];
    if (!Number.isInteger(days) || days < 1 || days > 365)
      throw new DomainError('PROTECTION_CASE.TIME_LIMITS_INVALID', `${stage} must be a whole number of days, 1-365`, 'invalid', stage);
  }
  return { reported: limits.reported, assessed: limits.assessed, planned: limits.planned, 'follow-up': limits['follow-up'] };
}

/** The day a stage entered on `since` must be left by. */
export function stageDue(limits: CaseTimeLimits, stage: OpenStage, since: BusinessDate): BusinessDate {
  return since.addDays(limits[stage]);
}
