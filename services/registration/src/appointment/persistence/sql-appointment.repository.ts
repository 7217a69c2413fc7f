import { BusinessDate } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Appointment, AppointmentChange, AppointmentKind, AppointmentStatus, personAlreadyBooked } from '../domain/appointment';
import { AppointmentRepository } from '../domain/appointment.repository';
import { RegistryOffice } from '../domain/registry-office';

interface AppointmentRow {
  id: string;
  office_code: string;
  day: string;
  kind: AppointmentKind;
  foreign_related: boolean;
  citizen_ids: string[];
  status: AppointmentStatus;
  registration_id: string | null;
}

/** Adapter: `registry_office`, the per-day count `office_day`, and `appointment`. */
@Injectable()
export class SqlAppointmentRepository implements AppointmentRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async office(code: string): Promise<RegistryOffice | null> {
    const [row] = await this.uow.manager().query(`SELECT code, name, daily_capacity, foreign_related FROM registry_office WHERE code = $1`, [code]);
    return row ? { code: row.code, name: row.name, dailyCapacity: row.daily_capacity, foreignRelated: row.foreign_related } : null;
  }

  async find(id: string): Promise<Appointment | null> {
    const [row]: AppointmentRow[] = await this.uow
      .transaction()
      .query(`SELECT id, office_code, day::text, kind, foreign_related, citizen_ids, status, registration_id FROM appointment WHERE id = $1 FOR UPDATE`, [id]);
    return row
      ? Appointment.restore({
          id: row.id,
          officeCode: row.office_code,
          day: BusinessDate.parse(row.day),
          kind: row.kind,
          foreignRelated: row.foreign_related,
          citizenIds: row.citizen_ids,
          status: row.status,
          registrationId: row.registration_id,
        })
      : null;
  }

  /** `booked < daily capacity` is `dayHasPlace`, applied in the upsert so that two bookings cannot both take the last place. */
  async takePlace(office: RegistryOffice, day: BusinessDate): Promise<boolean> {
    const rows = await this.uow.transaction().query(
      `INSERT INTO office_day (office_code, day, booked) VALUES ($1, $2, 1)
       ON CONFLICT (office_code, day) DO UPDATE SET booked = office_day.booked + 1 WHERE office_day.booked < $3 RETURNING booked`,
      [office.code, day.toString(), office.dailyCapacity],
    );
    return rows.length === 1;
  }

  async save(appointment: Appointment, changes: AppointmentChange[]): Promise<void> {
    const s = appointment.snapshot();
    const tx = this.uow.transaction();
    for (const change of changes) {
      if (change.kind === 'booked') {
        await tx.query(`INSERT INTO appointment (id, office_code, day, kind, foreign_related, citizen_ids, status) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          s.id,
          s.officeCode,
          s.day.toString(),
          s.kind,
          s.foreignRelated,
          s.citizenIds,
          s.status,
        ]);
        await translatingConstraints(
          () =>
            tx.query(`INSERT INTO appointment_person_day (citizen_id, day, appointment_id) SELECT unnest($1::varchar[]), $2::date, $3`, [
              s.citizenIds,
              s.day.toString(),
              s.id,
            ]),
          { appointment_person_day_once: () => personAlreadyBooked(s.day.toString()) },
        );
      } else if (change.kind === 'attended') {
        await tx.query(`UPDATE appointment SET status = 'attended', registration_id = $2 WHERE id = $1`, [s.id, s.registrationId]);
      } else {
        await tx.query(`UPDATE appointment SET status = $2 WHERE id = $1`, [s.id, s.status]);
        await tx.query(`DELETE FROM appointment_person_day WHERE appointment_id = $1`, [s.id]);
        await tx.query(`UPDATE office_day SET booked = booked - 1 WHERE office_code = $1 AND day = $2`, [s.officeCode, s.day.toString()]);
      }
    }
  }
}
