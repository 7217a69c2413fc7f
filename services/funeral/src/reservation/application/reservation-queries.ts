import { PageQuery } from '@civic/platform';

export interface SlotView {
  id: string;
  cemeteryId: string;
  season: string;
  day: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
}

/** A booking as the API shows it (citizen ID unmasked: the controller masks it for the caller). */
export interface BookingView {
  id: string;
  slotId: string;
  cemeteryId: string;
  day: string;
  season: string;
  citizenId: string;
  visitors: number;
  status: string;
  createdAt: string;
}

/** Query port: slots with their places, and bookings. */
export interface ReservationQueries {
  slot(id: string): Promise<SlotView | null>;
  slots(filter: { cemeteryId?: string; season?: string; day?: string }, page: PageQuery): Promise<{ items: SlotView[]; total: number }>;
  booking(id: string): Promise<BookingView | null>;
  bookings(filter: { citizenId?: string; slotId?: string; status?: string }, page: PageQuery): Promise<{ items: BookingView[]; total: number }>;
}

export const RESERVATION_QUERIES = Symbol('RESERVATION_QUERIES');
