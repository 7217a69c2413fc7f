import { sqlMigration } from '@civic/platform';

/** 老年照护统一需求评估: every assessment kept (the latest is in force), and the levels that qualify for subsidised care. */
export const CareAssessments1796000000002 = sqlMigration(
  'CareAssessments',
  1796000000002,
  [
    `CREATE TABLE care_assessment (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      level smallint NOT NULL CHECK (level BETWEEN 0 AND 6),
      assessed_on date NOT NULL,
      assessor varchar(100) NOT NULL,
      replaces_id uuid REFERENCES care_assessment (id),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    // One assessment per elder and day, and a re-assessment replaces exactly one: two racing re-assessments cannot both stand.
    `CREATE UNIQUE INDEX care_assessment_per_day ON care_assessment (citizen_id, assessed_on)`,
    `CREATE UNIQUE INDEX care_assessment_replaced_once ON care_assessment (replaces_id) WHERE replaces_id IS NOT NULL`,
    `CREATE INDEX care_assessment_current ON care_assessment (citizen_id, assessed_on DESC)`,
    `CREATE INDEX care_assessment_district ON care_assessment (district_code, assessed_on DESC)`,
    `CREATE TABLE care_level_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      qualifying_levels smallint[] NOT NULL,
      changed_by varchar(200) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO care_level_policy (id, qualifying_levels, changed_by) VALUES (1, '{2,3,4,5,6}', 'migration')`,
  ],
  ['DROP TABLE care_level_policy', 'DROP TABLE care_assessment'],
);
