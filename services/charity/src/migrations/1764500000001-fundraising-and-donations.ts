import { sqlMigration } from '@civic/platform';

/** Fundraising plans (募捐方案备案), charitable trusts (慈善信托备案), donations and their gapless receipt counters. */
export const FundraisingAndDonations1764500000001 = sqlMigration(
  'FundraisingAndDonations',
  1764500000001,
  [
    `CREATE TABLE fundraising_plan (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      title varchar(100) NOT NULL,
      purpose varchar(1000) NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      target_fen bigint NOT NULL CHECK (target_fen > 0),
      filed_on date NOT NULL,
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE INDEX fundraising_plan_of ON fundraising_plan (organisation_id, starts_on)`,
    `CREATE INDEX fundraising_plan_district ON fundraising_plan (district_code, starts_on)`,
    `CREATE TABLE charitable_trust (
      id uuid PRIMARY KEY,
      name varchar(100) NOT NULL,
      trustee_name varchar(100) NOT NULL,
      trustee_uscc char(18) NOT NULL,
      settlors varchar(500) NOT NULL,
      purpose varchar(1000) NOT NULL,
      property_fen bigint NOT NULL CHECK (property_fen > 0),
      signed_on date NOT NULL,
      filed_on date NOT NULL CHECK (filed_on - signed_on BETWEEN 0 AND 7),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE UNIQUE INDEX charitable_trust_per_trustee ON charitable_trust (trustee_uscc, name)`,
    `CREATE INDEX charitable_trust_district ON charitable_trust (district_code, filed_on)`,
    `CREATE TABLE donation_receipt_counter (
      organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
      last_no integer NOT NULL
    )`,
    `CREATE TABLE donation (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      plan_id uuid REFERENCES fundraising_plan (id),
      receipt_no integer NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      donor_name varchar(100),
      donor_kind varchar(15) NOT NULL CHECK (donor_kind IN ('person', 'organisation', 'anonymous')),
      kind varchar(10) NOT NULL CHECK (kind IN ('money', 'goods')),
      value_fen bigint NOT NULL CHECK (value_fen > 0),
      goods_description varchar(100),
      goods_quantity integer CHECK (goods_quantity > 0),
      goods_unit varchar(10),
      received_on date NOT NULL,
      recorded_by varchar(200) NOT NULL,
      CONSTRAINT donation_receipt UNIQUE (organisation_id, receipt_no),
      CHECK ((kind = 'goods') = (goods_description IS NOT NULL))
    )`,
    `CREATE INDEX donation_plan ON donation (plan_id) WHERE plan_id IS NOT NULL`,
    `CREATE INDEX donation_district ON donation (district_code, received_on)`,
  ],
  ['DROP TABLE donation', 'DROP TABLE donation_receipt_counter', 'DROP TABLE charitable_trust', 'DROP TABLE fundraising_plan'],
);
