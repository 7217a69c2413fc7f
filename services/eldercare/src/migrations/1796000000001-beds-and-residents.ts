import { sqlMigration } from '@civic/platform';

/**
 * 床位 and 入住. The partial unique indexes are the guarantee under concurrent requests: a bed holds
 * at most one resident at a time, an elder occupies at most one bed.
 */
export const BedsAndResidents1796000000001 = sqlMigration(
  'BedsAndResidents',
  1796000000001,
  [
    `CREATE TABLE bed (
      id uuid PRIMARY KEY,
      facility_id uuid NOT NULL REFERENCES facility (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      code varchar(40) NOT NULL,
      kind varchar(24) NOT NULL CHECK (kind IN ('general', 'cognitive-impairment', 'basic-guarantee', 'family-care')),
      home_address varchar(200),
      status varchar(12) NOT NULL CHECK (status IN ('in-service', 'withdrawn')),
      withdrawn_reason varchar(500),
      version integer NOT NULL,
      CHECK ((kind = 'family-care') = (home_address IS NOT NULL))
    )`,
    `CREATE UNIQUE INDEX bed_code_per_facility ON bed (facility_id, code)`,
    `CREATE INDEX bed_district_kind ON bed (district_code, kind) WHERE status = 'in-service'`,
    `CREATE TABLE residency (
      id uuid PRIMARY KEY,
      bed_id uuid NOT NULL REFERENCES bed (id),
      facility_id uuid NOT NULL REFERENCES facility (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      admitted_on date NOT NULL,
      offer_id uuid,
      discharged_on date,
      discharge_reason varchar(12) CHECK (discharge_reason IN ('left', 'deceased', 'transferred')),
      version integer NOT NULL,
      CHECK ((discharged_on IS NULL) = (discharge_reason IS NULL))
    )`,
    `CREATE UNIQUE INDEX residency_one_per_bed ON residency (bed_id) WHERE discharged_on IS NULL`,
    `CREATE UNIQUE INDEX residency_one_per_elder ON residency (citizen_id) WHERE discharged_on IS NULL`,
    `CREATE INDEX residency_district ON residency (district_code, admitted_on DESC)`,
  ],
  ['DROP TABLE residency', 'DROP TABLE bed'],
);
