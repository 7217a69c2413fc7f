import { PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ReservationPolicy } from '../domain/booking-rules';

export interface SlotRow {
  id: string;
  cemetery_id: string;
  season: string;
  day: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  booked: number;
}

export interface BookingOutcome {
  /** The booking written, when every condition held. */
  booking: BookingRow | null;
  /** Free places left that no booking in flight holds (0: the slot is sold out). */
  freeAfter: number;
  slotFound: boolean;
  slotDay: string | null;
  placesOk: boolean;
  quotaOk: boolean;
  maxVisitors: number;
  maxBookings: number;
}

const SLOT_COLUMNS = `s.id, s.cemetery_id, s.season, s.day::text, to_char(s.starts_at, 'HH24:MI') AS starts_at, to_char(s.ends_at, 'HH24:MI') AS ends_at, s.capacity,
  s.capacity - (SELECT count(*)::int FROM sweeping_place p WHERE p.slot_id = s.id AND p.booking_id IS NULL) AS booked`;

/** Adapter: slots, their places, bookings and each person's count of bookings per season. */
@Injectable()
export class ReservationStore {
  constructor(private readonly uow: UnitOfWork) {}

  async policy(): Promise<ReservationPolicy> {
    const [r] = await this.uow.manager().query(`SELECT max_bookings_per_person, max_visitors_per_booking FROM reservation_policy WHERE id = 1`);
    return { maxBookingsPerPerson: r.max_bookings_per_person, maxVisitorsPerBooking: r.max_visitors_per_booking };
  }

  async createSlot(slot: { id: string; cemeteryId: string; season: string; day: string; startsAt: string; endsAt: string; capacity: number }): Promise<void> {
    const tx = this.uow.transaction();
    await tx.query(`INSERT INTO sweeping_slot (id, cemetery_id, season, day, starts_at, ends_at, capacity) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      slot.id,
      slot.cemeteryId,
      slot.season,
      slot.day,
      slot.startsAt,
      slot.endsAt,
      slot.capacity,
    ]);
    await tx.query(`INSERT INTO sweeping_place (slot_id, seat) SELECT $1, seat FROM generate_series(1, $2::int) seat`, [slot.id, slot.capacity]);
  }

  async slot(id: string): Promise<SlotRow | null> {
    const [row] = await this.uow.manager().query(`SELECT ${SLOT_COLUMNS} FROM sweeping_slot s WHERE s.id = $1`, [id]);
    return row ?? null;
  }

  async slots(filter: { cemeteryId?: string; season?: string; day?: string }, page: PageQuery): Promise<{ rows: SlotRow[]; total: number }> {
    const where = new SqlWhere();
    if (filter.cemeteryId) where.add('s.cemetery_id = ?', filter.cemeteryId);
    if (filter.season) where.add('s.season = ?', filter.season);
    if (filter.day) where.add('s.day = ?::date', filter.day);
    return pageQuery<SlotRow>(this.uow.manager(), { columns: SLOT_COLUMNS, from: 'sweeping_slot s', where, order: 's.day, s.starts_at, s.id' }, page);
  }

  /**
   * A booking in one statement: free places are taken with SKIP LOCKED (concurrent bookings take
   * different places instead of queueing on one row), the person's season count goes up only below
   * the limit, and the booking is written only when both hold. Nothing is written otherwise; the
   * outcome says which condition failed. A place is never held by two bookings: never oversold.
   */
  async book(input: { id: string; slotId: string; citizenId: string; visitors: number; today: string }): Promise<BookingOutcome> {
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
      [input.slotId, input.citizenId, input.visitors, input.id, input.today],
    );
    const booking = r.booking ? { ...r.booking, created_at: new Date(r.booking.created_at) } : null;
    return {
      slotFound: r.slot_found === 1,
      slotDay: r.slot_day,
      placesOk: r.places_ok === true,
      quotaOk: r.quota_ok === 1,
      maxVisitors: r.max_visitors,
      maxBookings: r.max_bookings,
      booking,
      freeAfter: r.free_after,
    };
  }

  /** Frees the booking's places and gives the person their booking back; false when it was not active. */
  async cancel(id: string): Promise<boolean> {
    const [r] = await this.uow.transaction().query(
      `WITH cancelled AS (UPDATE sweeping_booking SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'booked' RETURNING season, citizen_id),
       freed AS (UPDATE sweeping_place SET booking_id = NULL WHERE booking_id = $1 AND EXISTS (SELECT 1 FROM cancelled) RETURNING seat),
       quota AS (UPDATE sweeping_quota q SET bookings = q.bookings - 1 FROM cancelled c WHERE q.season = c.season AND q.citizen_id = c.citizen_id RETURNING 1)
       SELECT (SELECT count(*) FROM cancelled)::int AS cancelled, (SELECT count(*) FROM freed)::int AS freed, (SELECT count(*) FROM quota)::int AS quota`,
      [id],
    );
    return r.cancelled === 1;
  }

  async booking(id: string): Promise<BookingRow | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT b.*, s.cemetery_id, s.day::text AS day FROM sweeping_booking b JOIN sweeping_slot s ON s.id = b.slot_id WHERE b.id = $1`, [id]);
    return row ?? null;
  }

  async bookings(filter: { citizenId?: string; slotId?: string; status?: string }, page: PageQuery): Promise<{ rows: BookingRow[]; total: number }> {
    const where = new SqlWhere();
    if (filter.citizenId) where.add('b.citizen_id = ?', filter.citizenId.toUpperCase());
    if (filter.slotId) where.add('b.slot_id = ?', filter.slotId);
    if (filter.status) where.add('b.status = ?', filter.status);
    return pageQuery<BookingRow>(
      this.uow.manager(),
      {
        columns: 'b.*, s.cemetery_id, s.day::text AS day',
        from: 'sweeping_booking b JOIN sweeping_slot s ON s.id = b.slot_id',
        where,
        order: 'b.created_at DESC, b.id',
      },
      page,
    );
  }
}

export interface BookingRow {
  id: string;
  slot_id: string;
  cemetery_id: string;
  day: string;
  season: string;
  citizen_id: string;
  visitors: number;
  status: string;
  created_at: Date;
}
