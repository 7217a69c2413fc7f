import { BusinessDate } from '@civic/domain-kernel';

/** 惠民殡葬政策: the assistance programmes whose people have the basic services waived. */
export interface WaiverPolicy {
  programmes: string[];
}

/** A benefit suspended (暂停) from a date, until the day before it resumed (open while it stays suspended). */
export interface WaiverSuspension {
  from: BusinessDate;
  resumedFrom: BusinessDate | null;
}

/**
 * A person covered by a qualifying benefit, from `since` until `until` (open while the benefit runs),
 * except while the benefit was suspended: the waiver follows the benefit's dated status.
 */
export interface WaiverCoverage {
  citizenId: string;
  benefitId: string;
  programme: string;
  since: BusinessDate;
  until: BusinessDate | null;
  suspensions: readonly WaiverSuspension[];
}

/** A benefit qualifies when its programme is one the policy names. */
export function qualifiesForWaiver(policy: WaiverPolicy, programme: string): boolean {
  return policy.programmes.includes(programme);
}

/** The coverage in force on the day (the day of death), if any: within the benefit's dates and not suspended then. */
export function coverageOn(coverages: readonly WaiverCoverage[], day: BusinessDate): WaiverCoverage | null {
  const suspendedOn = (c: WaiverCoverage) => c.suspensions.some((s) => !s.from.isAfter(day) && (s.resumedFrom === null || day.isBefore(s.resumedFrom)));
  return coverages.find((c) => !c.since.isAfter(day) && (c.until === null || !c.until.isBefore(day)) && !suspendedOn(c)) ?? null;
}

/** A benefit terminated from a date covered its people until the day before. */
export function coveredUntil(terminatedFrom: BusinessDate): BusinessDate {
  return terminatedFrom.addDays(-1);
}
