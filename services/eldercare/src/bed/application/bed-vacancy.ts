import type { BusinessDate } from '@civic/domain-kernel';
import type { BedKind } from '../domain/bed-rules';

/** A bed that has just become vacant, as whoever fills beds needs it. */
export interface VacantBed {
  id: string;
  facilityId: string;
  divisionCode: string;
  kind: BedKind;
}

/**
 * Port: told of every bed that becomes vacant, in the same transaction; the waiting list
 * implements it to offer a basic-guarantee bed to the next elder in line at once.
 */
export interface BedVacancyListener {
  bedVacated(bed: VacantBed, on: BusinessDate): Promise<void>;
}

export const BED_VACANCY_LISTENER = Symbol('BED_VACANCY_LISTENER');
