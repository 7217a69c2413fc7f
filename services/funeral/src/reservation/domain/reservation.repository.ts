import { BusinessDate } from '@civic/domain-kernel';
import { BookingAttempt } from './booking-attempt';

/** A slot to open: its places are created with it. */
export interface NewSlot {
  id: string;
  cemeteryId: string;
  season: string;
  day: BusinessDate;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

/** Port: slots with one row per place, bookings, and each person's count per season. */
export interface ReservationRepository {
  /** A second slot of the cemetery starting at the same time is refused. */
  openSlot(slot: NewSlot): Promise<void>;
  /**
   * One statement: takes free places (SKIP LOCKED, so concurrent bookings take different places),
   * counts the booking against the person's season limit, and writes the booking only when both
   * hold; what it found decides the outcome (`bookingRefusal`). A place is never held twice.
   */
  attemptBooking(input: { id: string; slotId: string; citizenId: string; visitors: number; today: BusinessDate }): Promise<BookingAttempt>;
  /** Frees the booking's places and gives the person their booking back; null when unknown, false when not active. */
  cancel(id: string): Promise<{ slotId: string; cancelled: boolean } | null>;
}

export const RESERVATION_REPOSITORY = Symbol('RESERVATION_REPOSITORY');
