import { DomainError } from '@civic/domain-kernel';

/**
 * Bed kinds of the plan: general (普通), cognitive-impairment (认知障碍照护), basic-guarantee
 * (保基本, allotted from the waiting list only) and family care (家庭照护床位: at the elder's home,
 * served by a facility).
 */
export const BED_KINDS = ['general', 'cognitive-impairment', 'basic-guarantee', 'family-care'] as const;
export type BedKind = (typeof BED_KINDS)[number];

export const DISCHARGE_REASONS = ['left', 'deceased', 'transferred'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

/** A basic-guarantee bed goes to the waiting list's next elder, never by direct admission. */
export function admissionAllowed(kind: BedKind, viaWaitingList: boolean): void {
  if (kind === 'basic-guarantee' && !viaWaitingList) {
    throw new DomainError(
      'BED.WAITING_LIST_ONLY',
      'a basic-guarantee bed is allotted from the waiting list (保基本床位轮候), not by direct admission',
      'rule',
      'bedId',
    );
  }
}

/** Facility beds count against the licensed places; family care beds are at the elders' homes and do not. */
export function checkCapacity(kind: BedKind, bedsInService: number, licensedCapacity: number): void {
  if (kind !== 'family-care' && bedsInService >= licensedCapacity) {
    throw new DomainError('BED.OVER_CAPACITY', `the facility is licensed for ${licensedCapacity} places and has ${bedsInService} beds`, 'rule', 'code');
  }
}

export function bedNotFound(id: string): DomainError {
  return new DomainError('BED.NOT_FOUND', `no bed ${id}`, 'not-found');
}

export function bedOccupied(): DomainError {
  return new DomainError('BED.OCCUPIED', 'the bed already has a resident', 'conflict', 'bedId');
}

export function bedCodeTaken(): DomainError {
  return new DomainError('BED.CODE_TAKEN', 'the facility already has a bed with this code', 'conflict', 'code');
}

export function elderAlreadyInBed(): DomainError {
  return new DomainError('RESIDENT.ALREADY_IN_BED', 'the elder already occupies a bed', 'conflict', 'citizenId');
}

export function residencyNotFound(id: string): DomainError {
  return new DomainError('RESIDENT.NOT_FOUND', `no residency ${id}`, 'not-found');
}
