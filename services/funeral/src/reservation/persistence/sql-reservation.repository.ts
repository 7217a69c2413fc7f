import { BusinessDate } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BookingAttempt } from '../domain/booking-attempt';
import { slotExists } from '../domain/booking-rules';
import { NewSlot, ReservationRepository } from '../domain/reservation.repository';

/** Adapter: `sweeping_slot`, one `sweeping_place` row per place, `sweeping_booking` and `sweeping_quota` per person and season. */
@Injectable()
export class SqlReservationRepository implements ReservationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async openSlot(slot: NewSlot): Promise<void> {
    const tx = this.uow.transaction();
    await translatingConstraints(
      () =>
        tx.query(`INSERT INTO sweeping_slot (id, cemetery_id, season, day, starts_at, ends_at, capacity) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          slot.id,
          slot.cemeteryId,
          slot.season,
          slot.day.toString(),
          slot.startsAt,
          slot.endsAt,
          slot.capacity,
        ]),
      { sweeping_slot_cemetery_id_day_starts_at_key: slotExists },
    );
    await tx.query(`INSERT INTO sweeping_place (slot_id, seat) SELECT $1, seat FROM generate_series(1, $2::int) seat`, [slot.id, slot.capacity]);
  }

  /**
   * A booking in one statement: free places are taken with SKIP LOCKED (concurrent bookings take
   * different places instead of queueing on one row), the person's season count goes up only below
   * the limit, and the booking is written only when both hold. Nothing is written otherwise; the
   * outcome says which condition failed. A place is never held by two bookings: never oversold.
   */
  async attemptBooking(input: { id: string; slotId: string; citizenId: string; visitors: number; today: BusinessDate }): Promise<BookingAttempt> {
    const [r] = await this.uow.transaction().query(
      `WITH policy AS (SELECT max_bookings_per_person AS max_bookings, max_visitors_per_booking AS max_visitors FROM reservation_policy WHERE id = 1),
       slot AS (SELECT id, season, day FROM sweeping_slot WHERE id = $1),
       places AS (
         SELECT p.slot_id, p.seat FROM sweeping_place p
         WHERE p.slot_id = $1 AND p.booking_id IS NULL AND $3 <= (SELECT max_visitors FROM policy) AND EXISTS (SELECT 1 FROM slot WHERE day >= $5::date)
         ORDER BY p.seat LIMIT $3 FOR UPDATE SKIP LOCKED
       ),
       enough AS (SELECT count(*) = $3 AS ok FROM places),
       quota AS (
         INSERT INTO sweeping_quota (season, citizen_id, bookings)
         SELECT slot.season, $2, 1 FROM slot, enough WHERE enough.ok
         ON CONFLICT (season, citizen_id) DO UPDATE SET bookings = sweeping_quota.bookings + 1 WHERE sweeping_quota.bookings < (SELECT max_bookings FROM policy)
         RETURNING 1
       ),
       taken AS (
         UPDATE sweeping_place p SET booking_id = $4 FROM places WHERE p.slot_id = places.slot_id AND p.seat = places.seat AND EXISTS (SELECT 1 FROM quota) RETURNING p.seat
       ),
       booking AS (
         INSERT INTO sweeping_booking (id, slot_id, season, citizen_id, visitors, status)
         SELECT $4, slot.id, slot.season, $2, $3, 'booked' FROM slot WHERE EXISTS (SELECT 1 FROM quota) RETURNING *
       )
       SELECT (SELECT count(*) FROM slot)::int AS slot_found, (SELECT day::text FROM slot) AS slot_day, (SELECT ok FROM enough) AS places_ok,
              (SELECT count(*) FROM quota)::int AS quota_ok, (SELECT row_to_json(b) FROM (SELECT booking.*, s.cemetery_id, s.day::text AS day FROM booking JOIN sweeping_slot s ON s.id = booking.slot_id) b) AS booking,
              (SELECT count(*) FROM sweeping_place WHERE slot_id = $1 AND booking_id IS NULL)::int - (SELECT count(*) FROM taken)::int AS free_after,
              (SELECT max_visitors FROM policy) AS max_visitors, (SELECT max_bookings FROM policy) AS max_bookings`,
      [input.slotId, input.citizenId, input.visitors, input.id, input.today.toString()],
    );
    const b = r.booking;
    return {
      slotFound: r.slot_found === 1,
      slotDay: r.slot_day ? BusinessDate.parse(r.slot_day) : null,
      placesOk: r.places_ok === true,
      quotaOk: r.quota_ok === 1,
      policy: { maxVisitorsPerBooking: r.max_visitors, maxBookingsPerPerson: r.max_bookings },
      freeAfter: r.free_after,
      booking: b
        ? {
            id: b.id,
            slotId: b.slot_id,
            cemeteryId: b.cemetery_id,
            day: b.day,
            season: b.season,
            citizenId: b.citizen_id,
            visitors: b.visitors,
            status: b.status,
            createdAt: new Date(b.created_at),
          }
        : null,
    };
  }

  async cancel(id: string): Promise<{ slotId: string; cancelled: boolean } | null> {
    const [found] = await this.uow.transaction().query(`SELECT slot_id FROM sweeping_booking WHERE id = $1`, [id]);
    if (!found) return null;
    const [r] = await this.uow.transaction().query(
      `WITH cancelled AS (UPDATE sweeping_booking SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'booked' RETURNING season, citizen_id),
       freed AS (UPDATE sweeping_place SET booking_id = NULL WHERE booking_id = $1 AND EXISTS (SELECT 1 FROM cancelled) RETURNING seat),
       quota AS (UPDATE sweeping_quota q SET bookings = q.bookings - 1 FROM cancelled c WHERE q.season = c.season AND q.citizen_id = c.citizen_id RETURNING 1)
       SELECT (SELECT count(*) FROM cancelled)::int AS cancelled, (SELECT count(*) FROM freed)::int AS freed, (SELECT count(*) FROM quota)::int AS quota`,
      [id],
    );
    return { slotId: found.slot_id, cancelled: r.cancelled === 1 };
  }
}
