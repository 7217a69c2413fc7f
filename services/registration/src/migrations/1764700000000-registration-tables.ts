import { sqlMigration } from '@civic/platform';

/** Marriages, divorces by agreement, certificates and each person's marital status. */
export const RegistrationTables1764700000000 = sqlMigration(
  'RegistrationTables',
  1764700000000,
  [
    `CREATE SEQUENCE certificate_seq`,
    `CREATE TABLE marriage (
      id uuid PRIMARY KEY,
      party_a_citizen_id varchar(18) NOT NULL,
      party_a_name varchar(50) NOT NULL,
      party_b_citizen_id varchar(18) NOT NULL,
      party_b_name varchar(50) NOT NULL,
      registered_on date NOT NULL,
      office_code varchar(12) NOT NULL,
      status varchar(20) NOT NULL CHECK (status IN ('married', 'divorced', 'ended-by-death')),
      ended_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX marriage_party_a ON marriage (party_a_citizen_id)`,
    `CREATE INDEX marriage_party_b ON marriage (party_b_citizen_id)`,
    // 结婚证/离婚证: a lost one is re-issued (补领) under a new number; the old one is voided.
    `CREATE TABLE certificate (
      number varchar(40) PRIMARY KEY,
      marriage_id uuid NOT NULL REFERENCES marriage (id),
      kind varchar(10) NOT NULL CHECK (kind IN ('marriage', 'divorce')),
      holder_citizen_id varchar(18) NOT NULL,
      issued_on date NOT NULL,
      voided_on date,
      void_reason varchar(500)
    )`,
    `CREATE INDEX certificate_marriage ON certificate (marriage_id)`,
    // Marital status per person, kept from registrations and from deaths.
    `CREATE TABLE marital_status (
      citizen_id varchar(18) PRIMARY KEY,
      status varchar(12) NOT NULL CHECK (status IN ('unmarried', 'married', 'divorced', 'widowed', 'deceased')),
      marriage_id uuid,
      since date NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE divorce_application (
      id uuid PRIMARY KEY,
      marriage_id uuid NOT NULL REFERENCES marriage (id),
      parties varchar(18)[] NOT NULL,
      applied_on date NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('cooling-off', 'divorced', 'withdrawn', 'lapsed')),
      certificate_requests jsonb NOT NULL DEFAULT '{}',
      withdrawn_by varchar(18),
      closed_on date,
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX divorce_application_one_open ON divorce_application (marriage_id) WHERE status = 'cooling-off'`,
    `CREATE INDEX divorce_application_open ON divorce_application (applied_on) WHERE status = 'cooling-off'`,
  ],
  ['DROP TABLE divorce_application', 'DROP TABLE marital_status', 'DROP TABLE certificate', 'DROP TABLE marriage', 'DROP SEQUENCE certificate_seq'],
);
