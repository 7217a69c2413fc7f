import { sqlMigration } from '@civic/platform';

/** Volunteers (志愿者), the organisations they serve, their service records in tenths of an hour, and certificates of their hours. */
export const VolunteerTables1764500000003 = sqlMigration(
  'VolunteerTables',
  1764500000003,
  [
    `CREATE TABLE volunteer (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL CONSTRAINT volunteer_citizen_id_key UNIQUE,
      name varchar(50) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      registered_on date NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('active', 'closed')),
      closed_on date,
      closed_reason varchar(200),
      version integer NOT NULL
    )`,
    `CREATE INDEX volunteer_district ON volunteer (district_code, registered_on)`,
    `CREATE TABLE volunteer_membership (
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      joined_on date NOT NULL,
      PRIMARY KEY (volunteer_id, organisation_id)
    )`,
    `CREATE INDEX volunteer_membership_organisation ON volunteer_membership (organisation_id)`,
    `CREATE TABLE volunteer_service (
      id bigserial PRIMARY KEY,
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      served_on date NOT NULL,
      tenths_of_hours integer NOT NULL CHECK (tenths_of_hours BETWEEN 1 AND 240),
      activity varchar(200) NOT NULL,
      district_code varchar(6) NOT NULL,
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE INDEX volunteer_service_of ON volunteer_service (volunteer_id, served_on)`,
    `CREATE INDEX volunteer_service_district ON volunteer_service (district_code, served_on)`,
    `CREATE TABLE volunteer_certificate (
      number varchar(30) PRIMARY KEY,
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      name varchar(50) NOT NULL,
      citizen_id_masked varchar(18) NOT NULL,
      tenths_of_hours integer NOT NULL,
      records integer NOT NULL,
      first_served_on date NOT NULL,
      last_served_on date NOT NULL,
      issued_on date NOT NULL,
      recorded_by varchar(200) NOT NULL
    )`,
  ],
  ['DROP TABLE volunteer_certificate', 'DROP TABLE volunteer_service', 'DROP TABLE volunteer_membership', 'DROP TABLE volunteer'],
);
