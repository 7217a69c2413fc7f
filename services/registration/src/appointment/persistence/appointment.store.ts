import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';

export interface OfficeRow {
  code: string;
  name: string;
  daily_capacity: number;
  foreign_related: boolean;
}

export interface AppointmentRow {
  id: string;
  office_code: string;
  day: string;
  kind: string;
  foreign_related: boolean;
  citizen_ids: string[];
  status: string;
}

/** Adapter: registry offices, their daily bookings and appointments. */
@Injectable()
export class AppointmentStore {
  constructor(private readonly uow: UnitOfWork) {}

  async office(code: string): Promise<OfficeRow | null> {
    const [row] = await this.uow.manager().query(`SELECT code, name, daily_capacity, foreign_related FROM registry_office WHERE code = $1`, [code]);
    return row ?? null;
  }

  async offices(day?: string): Promise<(OfficeRow & { booked: number })[]> {
    return this.uow
      .manager()
      .query(
        `SELECT o.code, o.name, o.daily_capacity, o.foreign_related, coalesce(d.booked, 0) AS booked FROM registry_office o LEFT JOIN office_day d ON d.office_code = o.code AND d.day = $1::date ORDER BY o.code`,
        [day ?? null],
      );
  }

  /** Takes one of the day's places: the row lock of the office-day makes concurrent bookings count one after another. */
  async takePlace(officeCode: string, day: string, capacity: number): Promise<boolean> {
    const rows = await this.uow.transaction().query(
      `INSERT INTO office_day (office_code, day, booked) VALUES ($1, $2, 1)
       ON CONFLICT (office_code, day) DO UPDATE SET booked = office_day.booked + 1 WHERE office_day.booked < $3 RETURNING booked`,
      [officeCode, day, capacity],
    );
    return rows.length === 1;
  }

  async insert(a: { id: string; officeCode: string; day: string; kind: string; foreignRelated: boolean; citizenIds: string[] }): Promise<AppointmentRow> {
    const [row] = await this.uow
      .transaction()
      .query(
        `INSERT INTO appointment (id, office_code, day, kind, foreign_related, citizen_ids, status) VALUES ($1, $2, $3, $4, $5, $6, 'booked') RETURNING id, office_code, day::text, kind, foreign_related, citizen_ids, status`,
        [a.id, a.officeCode, a.day, a.kind, a.foreignRelated, a.citizenIds],
      );
    return row;
  }

  /** Cancels a booked appointment and gives its place back; `changed` is false when it was not booked. */
  async cancel(id: string): Promise<{ row: AppointmentRow; changed: boolean } | null> {
    const tx = this.uow.transaction();
    const [row] = await tx.query(`SELECT id, office_code, day::text, kind, foreign_related, citizen_ids, status FROM appointment WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    if (!row) return null;
    if (row.status !== 'booked') return { row, changed: false };
    await tx.query(`UPDATE appointment SET status = 'cancelled' WHERE id = $1`, [id]);
    await tx.query(`UPDATE office_day SET booked = booked - 1 WHERE office_code = $1 AND day = $2`, [row.office_code, row.day]);
    return { row: { ...row, status: 'cancelled' }, changed: true };
  }
}
