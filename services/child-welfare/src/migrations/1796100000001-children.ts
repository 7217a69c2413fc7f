import { sqlMigration } from '@civic/platform';

/** 儿童信息: one record per citizen ID (unique index), the category history and the guardians with theirs. */
export const Children1796100000001 = sqlMigration(
  'Children',
  1796100000001,
  [
    `CREATE TABLE child (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      address varchar(200) NOT NULL,
      registered_on date NOT NULL,
      category varchar(24) NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('active', 'closed')),
      closed_on date,
      closed_reason varchar(12) CHECK (closed_reason IN ('adult', 'adopted', 'deceased', 'moved-away')),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX child_one_per_citizen ON child (citizen_id)`,
    `CREATE INDEX child_district ON child (district_code, category, status)`,
    `CREATE TABLE child_category_period (
      child_id uuid NOT NULL REFERENCES child (id),
      effective_on date NOT NULL,
      category varchar(24) NOT NULL CHECK (category IN ('orphan', 'de-facto-unattended', 'in-difficulty', 'left-behind', 'autism')),
      sub_kind varchar(30),
      reason varchar(500) NOT NULL,
      recorded_by varchar(200) NOT NULL,
      PRIMARY KEY (child_id, effective_on)
    )`,
    `CREATE TABLE child_guardian (
      id uuid PRIMARY KEY,
      child_id uuid NOT NULL REFERENCES child (id),
      citizen_id char(18),
      name varchar(100) NOT NULL,
      relation varchar(12) NOT NULL,
      contact varchar(50) NOT NULL,
      from_date date NOT NULL,
      to_date date,
      end_reason varchar(500)
    )`,
    `CREATE INDEX child_guardian_of ON child_guardian (child_id, from_date)`,
    `CREATE INDEX child_guardian_person ON child_guardian (citizen_id) WHERE to_date IS NULL`,
  ],
  ['DROP TABLE child_guardian', 'DROP TABLE child_category_period', 'DROP TABLE child'],
);
