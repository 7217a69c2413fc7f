import { sqlMigration } from '@civic/platform';

/**
 * Marriages registered before the platform, imported from the national registration data (source
 * and its record id, each imported once); the clerk's confirmation of the parties' declarations;
 * and `unknown` for people the registry has no record of, never read as unmarried.
 */
export const PriorMaritalRecords1765000000000 = sqlMigration(
  'PriorMaritalRecords',
  1765000000000,
  [
    `ALTER TABLE marriage ADD COLUMN declarations_confirmed_by varchar(200), ADD COLUMN source varchar(40), ADD COLUMN source_record_id varchar(64)`,
    `CREATE UNIQUE INDEX marriage_source_record ON marriage (source, source_record_id) WHERE source IS NOT NULL`,
    // A married person has one current marriage in the registry, whichever way it got there.
    `CREATE UNIQUE INDEX marriage_current_party_a ON marriage (party_a_citizen_id) WHERE status = 'married'`,
    `CREATE UNIQUE INDEX marriage_current_party_b ON marriage (party_b_citizen_id) WHERE status = 'married'`,
    `ALTER TABLE marital_status DROP CONSTRAINT marital_status_status_check`,
    `UPDATE marital_status SET status = 'unknown' WHERE status = 'unmarried'`,
    `ALTER TABLE marital_status ADD CONSTRAINT marital_status_status_check CHECK (status IN ('unknown', 'married', 'divorced', 'widowed', 'deceased'))`,
  ],
  [
    `ALTER TABLE marital_status DROP CONSTRAINT marital_status_status_check`,
    `UPDATE marital_status SET status = 'unmarried' WHERE status = 'unknown'`,
    `ALTER TABLE marital_status ADD CONSTRAINT marital_status_status_check CHECK (status IN ('unmarried', 'married', 'divorced', 'widowed', 'deceased'))`,
    `DROP INDEX marriage_current_party_b`,
    `DROP INDEX marriage_current_party_a`,
    `DROP INDEX marriage_source_record`,
    `ALTER TABLE marriage DROP COLUMN source_record_id, DROP COLUMN source, DROP COLUMN declarations_confirmed_by`,
  ],
);
