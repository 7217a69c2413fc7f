import { BusinessDate } from '@civic/domain-kernel';
import { closedInspectionYears, inspectionDeadline } from './annual-inspection';

/** What the dormancy review knows of an organisation: when it was registered, its inspections by year, and its last clearance. */
export interface DormancyEvidence {
  registeredOn: BusinessDate;
  /** Activities reported per inspected year (年检 reports the year's activities); a missing year was not inspected. */
  activitiesByYear: ReadonlyMap<number, number>;
  dormancyClearedOn: BusinessDate | null;
}

/** How many closed inspection years in a row without an inspection or activity make an organisation dormant. */
export const DORMANT_AFTER_YEARS = 2;

/**
 * 清理僵尸型社会组织: an organisation is dormant when each of the last two inspection years whose
 * deadline has passed went without an inspection, or with one that reports no activity. Only full
 * years after the registration count against it, and an officer's clearance counts for the
 * years closed by then (the job does not flag again what an officer has just cleared).
 * Returns the inactive years (oldest first), or null when it is not dormant.
 */
export function inactiveYearsOf(evidence: DormancyEvidence, today: BusinessDate): number[] | null {
  const years = closedInspectionYears(today, DORMANT_AFTER_YEARS);
  if (years.some((year) => year <= evidence.registeredOn.year)) return null;
  if (evidence.dormancyClearedOn && !evidence.dormancyClearedOn.isBefore(deadlinePassedLast(today))) return null;
  const inactive = years.every((year) => (evidence.activitiesByYear.get(year) ?? 0) === 0);
  return inactive ? [...years].reverse() : null;
}

/** The day after the newest inspection deadline that has passed by `today`. */
function deadlinePassedLast(today: BusinessDate): BusinessDate {
  const [year] = closedInspectionYears(today, 1);
  return inspectionDeadline(year).addDays(1);
}
