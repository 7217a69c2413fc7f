import { sqlMigration } from '@civic/platform';

/** 成年孤儿安置: one plan per child (unique index: the daily job may run on every replica, any number of times). */
export const Resettlement1796100000004 = sqlMigration(
  'Resettlement',
  1796100000004,
  [
    `CREATE TABLE resettlement_plan (
      id uuid PRIMARY KEY,
      child_id uuid NOT NULL REFERENCES child (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      adult_on date NOT NULL,
      status varchar(8) NOT NULL CHECK (status IN ('open', 'planned', 'closed')),
      tracks varchar(12)[] NOT NULL DEFAULT '{}',
      measures varchar(2000),
      follow_ups jsonb NOT NULL DEFAULT '[]',
      closed_on date,
      closed_reason varchar(500),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX resettlement_plan_one_per_child ON resettlement_plan (child_id)`,
    `CREATE INDEX resettlement_plan_district ON resettlement_plan (district_code, status)`,
    `CREATE INDEX child_active_resettled ON child (citizen_id) WHERE status = 'active' AND category IN ('orphan', 'de-facto-unattended')`,
  ],
  ['DROP INDEX child_active_resettled', 'DROP TABLE resettlement_plan'],
);
