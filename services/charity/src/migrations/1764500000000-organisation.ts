import { sqlMigration } from '@civic/platform';

/** Social organisations (社会组织) with their history and annual inspections (年检), one per organisation and year. */
export const OrganisationTables1764500000000 = sqlMigration(
  'OrganisationTables',
  1764500000000,
  [
    `CREATE TABLE organisation (
      id uuid PRIMARY KEY,
      uscc char(18) NOT NULL CONSTRAINT organisation_uscc_key UNIQUE,
      kind varchar(30) NOT NULL CHECK (kind IN ('social-group', 'social-service-institution', 'foundation')),
      name varchar(100) NOT NULL,
      domicile_division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      authority_level varchar(10) NOT NULL CHECK (authority_level IN ('city', 'district')),
      legal_representative varchar(50) NOT NULL,
      registered_capital_fen bigint CHECK (registered_capital_fen > 0),
      registered_on date NOT NULL,
      status varchar(15) NOT NULL CHECK (status IN ('registered', 'deregistered')),
      deregistered_on date,
      deregistration_reason varchar(500),
      grade smallint CHECK (grade BETWEEN 1 AND 5),
      graded_on date,
      grade_expires_on date,
      dormant_since date,
      inactive_years integer[],
      dormancy_cleared_on date,
      charity_recognised_on date,
      fundraising_qualified_on date,
      version integer NOT NULL
    )`,
    `CREATE INDEX organisation_district ON organisation (district_code, name)`,
    `CREATE INDEX organisation_grade_expiry ON organisation (grade_expires_on) WHERE status = 'registered'`,
    `CREATE TABLE organisation_history (
      id bigserial PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      change varchar(40) NOT NULL,
      detail jsonb NOT NULL,
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX organisation_history_of ON organisation_history (organisation_id, id)`,
    `CREATE TABLE annual_inspection (
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      year smallint NOT NULL,
      result varchar(12) NOT NULL CHECK (result IN ('pass', 'basic-pass', 'fail')),
      activity_count integer NOT NULL CHECK (activity_count >= 0),
      submitted_on date NOT NULL,
      late boolean NOT NULL,
      district_code varchar(6) NOT NULL,
      recorded_by varchar(200) NOT NULL,
      CONSTRAINT annual_inspection_pkey PRIMARY KEY (organisation_id, year)
    )`,
    `CREATE INDEX annual_inspection_year ON annual_inspection (year, district_code)`,
  ],
  ['DROP TABLE annual_inspection', 'DROP TABLE organisation_history', 'DROP TABLE organisation'],
);
