import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration(
  'community',
  1764400000000,
  [
    `CREATE TABLE community.division (
      code varchar(12) PRIMARY KEY,
      name varchar(100) NOT NULL,
      level varchar(12) NOT NULL,
      parent_code varchar(12) REFERENCES community.division (code),
      valid_from date NOT NULL,
      valid_to date,
      status varchar(10) NOT NULL CHECK (status IN ('active', 'revoked')),
      version integer NOT NULL
    )`,
    `CREATE INDEX division_parent ON community.division (parent_code, status)`,
    `CREATE TABLE community.division_history (
      id bigserial PRIMARY KEY,
      code varchar(12) NOT NULL REFERENCES community.division (code),
      version integer NOT NULL,
      change varchar(12) NOT NULL,
      name varchar(100) NOT NULL,
      previous_name varchar(100),
      effective_date date NOT NULL,
      reason varchar(500),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      recorded_by varchar(200) NOT NULL,
      UNIQUE (code, version)
    )`,
  ],
  ['DROP TABLE community.division_history', 'DROP TABLE community.division'],
);
