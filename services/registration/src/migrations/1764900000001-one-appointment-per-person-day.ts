import { sqlMigration } from '@civic/platform';

/** One booked appointment per person and day, whichever office: held by a unique key, so two racing bookings cannot both win. */
export const OneAppointmentPerPersonDay1764900000001 = sqlMigration(
  'OneAppointmentPerPersonDay',
  1764900000001,
  [
    `CREATE TABLE appointment_person_day (
      citizen_id varchar(18) NOT NULL,
      day date NOT NULL,
      appointment_id uuid NOT NULL REFERENCES appointment (id),
      CONSTRAINT appointment_person_day_once PRIMARY KEY (citizen_id, day)
    )`,
    `INSERT INTO appointment_person_day (citizen_id, day, appointment_id)
       SELECT DISTINCT ON (p.citizen_id, a.day) p.citizen_id, a.day, a.id FROM appointment a, unnest(a.citizen_ids) AS p(citizen_id)
       WHERE a.status = 'booked' ORDER BY p.citizen_id, a.day, a.id`,
  ],
  ['DROP TABLE appointment_person_day'],
);
