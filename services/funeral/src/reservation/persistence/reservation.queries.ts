import { PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BookingView, ReservationQueries, SlotView } from '../application/reservation-queries';

interface SlotRow {
  id: string;
  cemetery_id: string;
  season: string;
  day: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  booked: number;
}

interface BookingRow {
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

const SLOT_COLUMNS = `s.id, s.cemetery_id, s.season, s.day::text, to_char(s.starts_at, 'HH24:MI') AS starts_at, to_char(s.ends_at, 'HH24:MI') AS ends_at, s.capacity,
  s.capacity - (SELECT count(*)::int FROM sweeping_place p WHERE p.slot_id = s.id AND p.booking_id IS NULL) AS booked`;
const BOOKING_COLUMNS = `b.id, b.slot_id, s.cemetery_id, s.day::text AS day, b.season, b.citizen_id, b.visitors, b.status, b.created_at`;

/** Adapter of the reservation query port. */
@Injectable()
export class SqlReservationQueries implements ReservationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async slot(id: string): Promise<SlotView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${SLOT_COLUMNS} FROM sweeping_slot s WHERE s.id = $1`, [id]);
    return row ? toSlotView(row) : null;
  }

  async slots(filter: { cemeteryId?: string; season?: string; day?: string }, page: PageQuery): Promise<{ items: SlotView[]; total: number }> {
    const where = new SqlWhere();
    if (filter.cemeteryId) where.add('s.cemetery_id = ?', filter.cemeteryId);
    if (filter.season) where.add('s.season = ?', filter.season);
    if (filter.day) where.add('s.day = ?::date', filter.day);
    const { rows, total } = await pageQuery<SlotRow>(
      this.uow.manager(),
      { columns: SLOT_COLUMNS, from: 'sweeping_slot s', where, order: 's.day, s.starts_at, s.id' },
      page,
    );
    return { items: rows.map(toSlotView), total };
  }

  async booking(id: string): Promise<BookingView | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${BOOKING_COLUMNS} FROM sweeping_booking b JOIN sweeping_slot s ON s.id = b.slot_id WHERE b.id = $1`, [id]);
    return row ? toBookingView(row) : null;
  }

  async bookings(filter: { citizenId?: string; slotId?: string; status?: string }, page: PageQuery): Promise<{ items: BookingView[]; total: number }> {
    const where = new SqlWhere();
    if (filter.citizenId) where.add('b.citizen_id = ?', filter.citizenId.toUpperCase());
    if (filter.slotId) where.add('b.slot_id = ?', filter.slotId);
    if (filter.status) where.add('b.status = ?', filter.status);
    const { rows, total } = await pageQuery<BookingRow>(
      this.uow.manager(),
      { columns: BOOKING_COLUMNS, from: 'sweeping_booking b JOIN sweeping_slot s ON s.id = b.slot_id', where, order: 'b.created_at DESC, b.id' },
      page,
    );
    return { items: rows.map(toBookingView), total };
  }
}

function toSlotView(s: SlotRow): SlotView {
  return {
    id: s.id,
    cemeteryId: s.cemetery_id,
    season: s.season,
    day: s.day,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    capacity: s.capacity,
    booked: s.booked,
  };
}

function toBookingView(b: BookingRow): BookingView {
  return {
    id: b.id,
    slotId: b.slot_id,
    cemeteryId: b.cemetery_id,
    day: b.day,
    season: b.season,
    citizenId: b.citizen_id,
    visitors: b.visitors,
    status: b.status,
    createdAt: b.created_at.toISOString(),
  };
}
