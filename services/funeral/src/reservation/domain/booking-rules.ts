import { DomainError } from '@civic/domain-kernel';

/** 祭扫预约 limits: bookings one person may hold in a season, and visitors one booking may bring. */
export interface ReservationPolicy {
  maxBookingsPerPerson: number;
  maxVisitorsPerBooking: number;
}

export function checkVisitors(visitors: number, policy: ReservationPolicy): number {
  if (!Number.isInteger(visitors) || visitors < 1)
    throw new DomainError('BOOKING.VISITORS_INVALID', 'visitors must be a whole number of at least 1', 'invalid', 'visitors');
  if (visitors > policy.maxVisitorsPerBooking) {
    throw new DomainError('BOOKING.TOO_MANY_VISITORS', `a booking brings at most ${policy.maxVisitorsPerBooking} visitors`, 'rule', 'visitors');
  }
  return visitors;
}

export const SLOT_FULL = () => new DomainError('BOOKING.SLOT_FULL', 'the time slot is fully booked', 'conflict', 'slotId');
export const PERSON_LIMIT = (max: number) =>
  new DomainError('BOOKING.PERSON_LIMIT', `one person may hold at most ${max} bookings in a season`, 'rule', 'citizenId');

export const slotExists = () => new DomainError('SLOT.EXISTS', 'the cemetery already has a slot starting then', 'conflict', 'startsAt');
