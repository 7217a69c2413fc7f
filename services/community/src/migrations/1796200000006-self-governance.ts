import { sqlMigration } from '@civic/platform';

/** 居民自治: committees' deliberation meetings (议事协商) and the versions of their conventions (居民公约, 村规民约). */
export const SelfGovernance1796200000006 = sqlMigration(
  'SelfGovernance',
  1796200000006,
  [
    `CREATE TABLE deliberation (
      id uuid PRIMARY KEY,
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      topic varchar(200) NOT NULL,
      held_on date NOT NULL,
      participants jsonb NOT NULL,
      resolution varchar(2000) NOT NULL
    )`,
    `CREATE INDEX deliberation_by_division ON deliberation (committee_code text_pattern_ops, id)`,
    `CREATE TABLE convention_version (
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      number integer NOT NULL CHECK (number >= 1),
      text varchar(10000) NOT NULL,
      adopted_on date NOT NULL,
      adopted_by varchar(30) NOT NULL CHECK (adopted_by IN ('assembly', 'representatives-assembly')),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (committee_code, number)
    )`,
  ],
  ['DROP TABLE convention_version', 'DROP TABLE deliberation'],
);
