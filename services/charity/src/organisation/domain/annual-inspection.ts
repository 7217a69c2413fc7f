import { BusinessDate, DomainError } from '@civic/domain-kernel';

/** 年检结论: 合格, 基本合格, 不合格. */
export const INSPECTION_RESULTS = ['pass', 'basic-pass', 'fail'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/**
 * An organisation's annual inspection (年检) covers one work year and is due by 31 May of the next
 * (the bureau's inspection season runs from March to May); filed later it still counts, marked late.
 */
export function inspectionDeadline(year: number): BusinessDate {
  return BusinessDate.of(year + 1, 5, 31)!;
}

/** The work year must be over and must not precede the registration. */
export function checkInspectionYear(year: number, registeredOn: BusinessDate, submittedOn: BusinessDate): void {
  if (!Number.isInteger(year) || year < registeredOn.year || year >= submittedOn.year)
    throw new DomainError(
      'ORGANISATION.INSPECTION_YEAR_INVALID',
      `year must be a finished work year since the registration (${registeredOn.year} to ${submittedOn.year - 1})`,
      'rule',
      'year',
    );
}

/** The inspection years whose deadline has passed by `today`, newest first. */
export function closedInspectionYears(today: BusinessDate, count: number): number[] {
  const newest = today.isAfter(inspectionDeadline(today.year - 1)) ? today.year - 1 : today.year - 2;
  return Array.from({ length: count }, (_, i) => newest - i);
}
