import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AppointmentQueries, OfficeDayView } from '../application/appointment-queries';

/** Adapter of the appointment query port. */
@Injectable()
export class SqlAppointmentQueries implements AppointmentQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async offices(day?: string): Promise<OfficeDayView[]> {
    const rows: { code: string; name: string; daily_capacity: number; foreign_related: boolean; booked: number }[] = await this.uow
      .manager()
      .query(
        `SELECT o.code, o.name, o.daily_capacity, o.foreign_related, coalesce(d.booked, 0) AS booked FROM registry_office o LEFT JOIN office_day d ON d.office_code = o.code AND d.day = $1::date ORDER BY o.code`,
        [day ?? null],
      );
    return rows.map((o) => ({ code: o.code, name: o.name, dailyCapacity: o.daily_capacity, foreignRelated: o.foreign_related, booked: o.booked }));
  }
}
