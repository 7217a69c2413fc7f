import { sqlMigration } from '@civic/platform';

/** Charity supermarkets (慈善超市): outlets, stock lots from goods donations, goods given, and the residents eligible from assistance's benefits. */
export const SupermarketTables1764500000002 = sqlMigration(
  'SupermarketTables',
  1764500000002,
  [
    `CREATE TABLE supermarket (
      id uuid PRIMARY KEY,
      name varchar(100) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      operator_organisation_id uuid REFERENCES organisation (id),
      monthly_allowance_fen bigint NOT NULL CHECK (monthly_allowance_fen > 0),
      status varchar(10) NOT NULL CHECK (status IN ('open', 'closed')),
      closed_reason varchar(500),
      version integer NOT NULL
    )`,
    `CREATE INDEX supermarket_district ON supermarket (district_code, name)`,
    `CREATE TABLE supermarket_stock (
      id uuid PRIMARY KEY,
      supermarket_id uuid NOT NULL REFERENCES supermarket (id),
      donation_id uuid NOT NULL CONSTRAINT supermarket_stock_donation_key UNIQUE REFERENCES donation (id),
      item varchar(100) NOT NULL,
      unit varchar(10) NOT NULL,
      quantity_received integer NOT NULL CHECK (quantity_received > 0),
      quantity_left integer NOT NULL CHECK (quantity_left BETWEEN 0 AND quantity_received),
      unit_value_fen bigint NOT NULL CHECK (unit_value_fen >= 0),
      received_on date NOT NULL,
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE INDEX supermarket_stock_of ON supermarket_stock (supermarket_id, received_on)`,
    `CREATE TABLE supermarket_distribution (
      id uuid PRIMARY KEY,
      supermarket_id uuid NOT NULL REFERENCES supermarket (id),
      stock_id uuid NOT NULL REFERENCES supermarket_stock (id),
      citizen_id char(18) NOT NULL,
      quantity integer NOT NULL CHECK (quantity > 0),
      value_fen bigint NOT NULL CHECK (value_fen >= 0),
      given_on date NOT NULL,
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE INDEX supermarket_distribution_customer ON supermarket_distribution (citizen_id, given_on)`,
    `CREATE INDEX supermarket_distribution_of ON supermarket_distribution (supermarket_id, given_on)`,
    `CREATE TABLE supermarket_eligibility (
      benefit_id uuid NOT NULL,
      citizen_id char(18) NOT NULL,
      programme varchar(20) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      since date NOT NULL,
      until date,
      PRIMARY KEY (benefit_id, citizen_id)
    )`,
    `CREATE INDEX supermarket_eligibility_citizen ON supermarket_eligibility (citizen_id)`,
  ],
  ['DROP TABLE supermarket_eligibility', 'DROP TABLE supermarket_distribution', 'DROP TABLE supermarket_stock', 'DROP TABLE supermarket'],
);
