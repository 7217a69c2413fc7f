import { sqlMigration } from '@civic/platform';

/** 综合监管: inspections of facilities and their findings; the overdue list is an index read on the open findings. */
export const Inspections1796000000008 = sqlMigration(
  'Inspections',
  1796000000008,
  [
    `CREATE TABLE inspection (
      id uuid PRIMARY KEY,
      facility_id uuid NOT NULL REFERENCES facility (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      kind varchar(20) NOT NULL CHECK (kind IN ('filing', 'fire-safety', 'food-safety', 'finance', 'operations', 'care-quality')),
      inspected_on date NOT NULL,
      inspector varchar(100) NOT NULL,
      recorded_by varchar(200) NOT NULL,
      version integer NOT NULL
    )`,
    `CREATE INDEX inspection_facility ON inspection (facility_id, inspected_on DESC)`,
    `CREATE INDEX inspection_district ON inspection (district_code, inspected_on DESC)`,
    `CREATE TABLE inspection_finding (
      id uuid PRIMARY KEY,
      inspection_id uuid NOT NULL REFERENCES inspection (id),
      position smallint NOT NULL,
      description varchar(1000) NOT NULL,
      rectify_by date NOT NULL,
      rectified_on date,
      rectification_note varchar(1000),
      overdue_on date
    )`,
    `CREATE INDEX inspection_finding_of ON inspection_finding (inspection_id, position)`,
    `CREATE INDEX inspection_finding_open ON inspection_finding (rectify_by) WHERE rectified_on IS NULL`,
  ],
  ['DROP TABLE inspection_finding', 'DROP TABLE inspection'],
);
