import { sqlMigration } from '@civic/platform';

/** 未成年人保护工作站: one per sub-district (unique index), and their staff (one post per person per station while in post). */
export const Workstations1796100000000 = sqlMigration(
  'Workstations',
  1796100000000,
  [
    `CREATE TABLE workstation (
      id uuid PRIMARY KEY,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      name varchar(100) NOT NULL,
      established_on date NOT NULL,
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX workstation_one_per_sub_district ON workstation (division_code)`,
    `CREATE INDEX workstation_district ON workstation (district_code, division_code)`,
    `CREATE TABLE workstation_staff (
      id uuid PRIMARY KEY,
      workstation_id uuid NOT NULL REFERENCES workstation (id),
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      role varchar(12) NOT NULL CHECK (role IN ('supervisor', 'director')),
      phone varchar(20) NOT NULL,
      appointed_on date NOT NULL,
      left_on date
    )`,
    `CREATE UNIQUE INDEX workstation_staff_one_post ON workstation_staff (workstation_id, citizen_id) WHERE left_on IS NULL`,
    `CREATE INDEX workstation_staff_of ON workstation_staff (workstation_id, appointed_on)`,
  ],
  ['DROP TABLE workstation_staff', 'DROP TABLE workstation'],
);
