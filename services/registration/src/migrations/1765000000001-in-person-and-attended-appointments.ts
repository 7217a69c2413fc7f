import { sqlMigration } from '@civic/platform';

/**
 * Registrations are made in person (Civil Code arts. 1049, 1076): the clerk before whom the parties
 * appeared is recorded. An appointment is linked to the registration it led to.
 */
export const InPersonAndAttendedAppointments1765000000001 = sqlMigration(
  'InPersonAndAttendedAppointments',
  1765000000001,
  [
    `ALTER TABLE marriage ADD COLUMN in_person_verified_by varchar(200)`,
    `ALTER TABLE divorce_application ADD COLUMN in_person_verified_by varchar(200)`,
    `ALTER TABLE appointment ADD COLUMN registration_id uuid`,
    `ALTER TABLE appointment DROP CONSTRAINT appointment_status_check`,
    `ALTER TABLE appointment ADD CONSTRAINT appointment_status_check CHECK (status IN ('booked', 'cancelled', 'attended'))`,
  ],
  [
    `ALTER TABLE appointment DROP CONSTRAINT appointment_status_check`,
    `UPDATE appointment SET status = 'booked' WHERE status = 'attended'`,
    `ALTER TABLE appointment ADD CONSTRAINT appointment_status_check CHECK (status IN ('booked', 'cancelled'))`,
    `ALTER TABLE appointment DROP COLUMN registration_id`,
    `ALTER TABLE divorce_application DROP COLUMN in_person_verified_by`,
    `ALTER TABLE marriage DROP COLUMN in_person_verified_by`,
  ],
);
