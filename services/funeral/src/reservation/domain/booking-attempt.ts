import { BusinessDate, DomainError } from '@civic/domain-kernel';
import { checkVisitors, PERSON_LIMIT, ReservationPolicy, SLOT_FULL } from './booking-rules';

/** 祭扫预约: places for visitors in a slot, held by one person. */
export interface Booking {
  id: string;
  slotId: string;
  cemeteryId: string;
  day: string;
  season: string;
  citizenId: string;
  visitors: number;
  status: 'booked' | 'cancelled';
  createdAt: Date;
}

/**
 * What the booking statement found when it tried, atomically, to take the places and the
 * person's season count: it writes the booking only when both held.
 */
export interface BookingAttempt {
  slotFound: boolean;
  slotDay: BusinessDate | null;
  /** Enough free places for the visitors (`placesOk`), and the person below the season limit (`quotaOk`). */
  placesOk: boolean;
  quotaOk: boolean;
  policy: ReservationPolicy;
  /** Free places left after this attempt (0: the slot is sold out). */
  freeAfter: number;
  /** The booking written, when every condition held. */
  booking: Booking | null;
}

/**
 * Why an attempt was refused, in the order a caller should hear it: an unknown or past slot, too
 * many visitors for one booking, no places, the person's season limit; null when it was booked.
 */
export function bookingRefusal(attempt: BookingAttempt, visitors: number, today: BusinessDate, slotId: string): DomainError | null {
  if (!attempt.slotFound || !attempt.slotDay) return new DomainError('BOOKING.SLOT_UNKNOWN', `slotId ${slotId} is not an open slot`, 'invalid', 'slotId');
  if (attempt.slotDay.isBefore(today)) return new DomainError('BOOKING.SLOT_PAST', 'the slot is on a past day', 'rule', 'slotId');
  checkVisitors(visitors, attempt.policy);
  if (!attempt.placesOk) return SLOT_FULL();
  if (!attempt.quotaOk) return PERSON_LIMIT(attempt.policy.maxBookingsPerPerson);
  return null;
}
