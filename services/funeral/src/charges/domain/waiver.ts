import { BusinessDate } from '@civic/domain-kernel';

/** 惠民殡葬政策: the assistance programmes whose people have the basic services waived. */
export interface WaiverPolicy {
  programmes: string[];
}

/** A person covered by a qualifying benefit, from `since` until `until` (open while the benefit runs). */
export interface WaiverCoverage {
  citizenId: string;
  benefitId: string;
  programme: string;
  since: BusinessDate;
  until: BusinessDate | null;
}

/** A benefit qualifies when its programme is one the policy names. */
export function qualifiesForWaiver(policy: WaiverPolicy, programme: string): boolean {
  return policy.programmes.includes(programme);
}

/** The coverage in force on the day (the day of death), if any. */
export function coverageOn(coverages: readonly WaiverCoverage[], day: BusinessDate): WaiverCoverage | null {
  return coverages.find((c) => !c.since.isAfter(day) && (c.until === null || !c.until.isBefore(day))) ?? null;
}

/** A benefit terminated from a date covered its people until the day before. */
export function coveredUntil(terminatedFrom: BusinessDate): BusinessDate {
  return terminatedFrom.addDays(-1);
}
