import { sqlMigration } from '@civic/platform';

/** 养老护理员: workers of facilities (one facility at a time per worker, a partial unique index) and their training records. */
export const CareWorkers1796000000007 = sqlMigration(
  'CareWorkers',
  1796000000007,
  [
    `CREATE TABLE care_worker (
      id uuid PRIMARY KEY,
      facility_id uuid NOT NULL REFERENCES facility (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      skill_level smallint CHECK (skill_level BETWEEN 1 AND 5),
      hired_on date NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('active', 'left')),
      left_on date,
      left_reason varchar(500),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX care_worker_one_facility_at_a_time ON care_worker (citizen_id) WHERE status = 'active'`,
    `CREATE INDEX care_worker_facility ON care_worker (facility_id, status)`,
    `CREATE INDEX care_worker_district ON care_worker (district_code, name)`,
    `CREATE TABLE care_worker_training (
      id uuid PRIMARY KEY,
      worker_id uuid NOT NULL REFERENCES care_worker (id),
      course varchar(100) NOT NULL,
      provider varchar(100) NOT NULL,
      hours smallint NOT NULL CHECK (hours BETWEEN 1 AND 1000),
      completed_on date NOT NULL,
      level_attained smallint CHECK (level_attained BETWEEN 1 AND 5),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX care_worker_training_worker ON care_worker_training (worker_id, completed_on)`,
    `CREATE INDEX care_worker_training_completed ON care_worker_training (completed_on)`,
  ],
  ['DROP TABLE care_worker_training', 'DROP TABLE care_worker'],
);
