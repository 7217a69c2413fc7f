import { sqlMigration } from '@civic/platform';

/** 养老服务设施: filed facilities, their grade and credit score, and every move of the score. */
export const Facilities1796000000000 = sqlMigration(
  'Facilities',
  1796000000000,
  [
    `CREATE TABLE facility (
      id uuid PRIMARY KEY,
      name varchar(100) NOT NULL,
      kind varchar(20) NOT NULL CHECK (kind IN ('institution', 'community-centre', 'day-care', 'meal-site', 'doorstep-station', 'rural-elder-home')),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      address varchar(200) NOT NULL,
      operator_name varchar(100) NOT NULL,
      operator_uscc char(18) NOT NULL,
      licensed_capacity integer NOT NULL CHECK (licensed_capacity BETWEEN 0 AND 10000),
      filing_status varchar(10) NOT NULL CHECK (filing_status IN ('filed', 'revoked')),
      filed_on date NOT NULL,
      revoked_on date,
      revoked_reason varchar(500),
      grade_stars smallint CHECK (grade_stars BETWEEN 1 AND 5),
      graded_on date,
      grade_valid_until date,
      credit_score smallint NOT NULL CHECK (credit_score BETWEEN 0 AND 100),
      version integer NOT NULL,
      CHECK ((grade_stars IS NULL) = (graded_on IS NULL) AND (graded_on IS NULL) = (grade_valid_until IS NULL))
    )`,
    `CREATE UNIQUE INDEX facility_name_per_division ON facility (division_code, name)`,
    `CREATE INDEX facility_district ON facility (district_code, name)`,
    `CREATE TABLE facility_credit_move (
      id bigserial PRIMARY KEY,
      facility_id uuid NOT NULL REFERENCES facility (id),
      delta smallint NOT NULL,
      score smallint NOT NULL,
      reason varchar(500) NOT NULL,
      moved_on date NOT NULL,
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX facility_credit_move_facility ON facility_credit_move (facility_id, id)`,
  ],
  ['DROP TABLE facility_credit_move', 'DROP TABLE facility'],
);
