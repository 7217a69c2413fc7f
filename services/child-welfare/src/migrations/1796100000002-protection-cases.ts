import { sqlMigration } from '@civic/platform';

/** 未成年人保护个案: the stages' time limits as data, the cases with their stage and due date, visits and referrals. */
export const ProtectionCases1796100000002 = sqlMigration(
  'ProtectionCases',
  1796100000002,
  [
    `CREATE TABLE case_time_limits (
      id smallint PRIMARY KEY CHECK (id = 1),
      limits jsonb NOT NULL,
      changed_by varchar(200) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO case_time_limits (id, limits, changed_by) VALUES (1, '{"reported": 1, "assessed": 3, "planned": 7, "follow-up": 30}', 'migration')`,
    `CREATE TABLE protection_case (
      id uuid PRIMARY KEY,
      child_id uuid REFERENCES child (id),
      workstation_id uuid NOT NULL REFERENCES workstation (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      director_id uuid REFERENCES workstation_staff (id),
      source varchar(20) NOT NULL,
      concern varchar(2000) NOT NULL,
      reported_on date NOT NULL,
      stage varchar(10) NOT NULL CHECK (stage IN ('reported', 'assessed', 'planned', 'follow-up', 'closed')),
      stage_since date NOT NULL,
      due_on date,
      assessment jsonb,
      plan jsonb,
      closed_on date,
      closed_reason varchar(500),
      version integer NOT NULL,
      CHECK ((stage = 'closed') = (due_on IS NULL))
    )`,
    `CREATE INDEX protection_case_workstation ON protection_case (workstation_id, stage)`,
    `CREATE INDEX protection_case_due ON protection_case (district_code, due_on) WHERE due_on IS NOT NULL`,
    `CREATE INDEX protection_case_child ON protection_case (child_id) WHERE stage <> 'closed'`,
    `CREATE TABLE protection_case_visit (
      case_id uuid NOT NULL REFERENCES protection_case (id),
      position smallint NOT NULL,
      visited_on date NOT NULL,
      notes varchar(2000) NOT NULL,
      PRIMARY KEY (case_id, position)
    )`,
    `CREATE TABLE protection_case_referral (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES protection_case (id),
      target varchar(20) NOT NULL,
      agency varchar(100) NOT NULL,
      reason varchar(1000) NOT NULL,
      referred_on date NOT NULL
    )`,
    `CREATE INDEX protection_case_referral_of ON protection_case_referral (case_id, referred_on)`,
  ],
  ['DROP TABLE protection_case_referral', 'DROP TABLE protection_case_visit', 'DROP TABLE protection_case', 'DROP TABLE case_time_limits'],
);
