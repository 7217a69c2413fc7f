import { sqlMigration } from '@civic/platform';

/** Reports of illegal social organisations (非法社会组织) and the dated steps of their handling. */
export const IllegalOrganisationTables1764500000004 = sqlMigration(
  'IllegalOrganisationTables',
  1764500000004,
  [
    `CREATE TABLE illegal_organisation_report (
      id uuid PRIMARY KEY,
      name varchar(100) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      source varchar(20) NOT NULL CHECK (source IN ('public-report', 'inspection', 'referral')),
      description varchar(2000) NOT NULL,
      reported_on date NOT NULL,
      status varchar(15) NOT NULL CHECK (status IN ('reported', 'investigating', 'banned', 'referred', 'dismissed')),
      decision_no varchar(50),
      referred_to varchar(100),
      version integer NOT NULL
    )`,
    `CREATE INDEX illegal_organisation_report_district ON illegal_organisation_report (district_code, reported_on)`,
    `CREATE TABLE illegal_organisation_handling (
      id bigserial PRIMARY KEY,
      report_id uuid NOT NULL REFERENCES illegal_organisation_report (id),
      status varchar(15) NOT NULL,
      on_date date NOT NULL,
      note varchar(2000) NOT NULL,
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX illegal_organisation_handling_of ON illegal_organisation_handling (report_id, id)`,
  ],
  ['DROP TABLE illegal_organisation_handling', 'DROP TABLE illegal_organisation_report'],
);
