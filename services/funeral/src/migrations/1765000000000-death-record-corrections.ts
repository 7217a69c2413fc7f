import { sqlMigration } from '@civic/platform';

/**
 * Death records can be corrected (更正, each correction kept with the values before) and revoked
 * (撤销, a death registered in error); a revoked record no longer stands in the way of the person's
 * real death being registered.
 */
export const DeathRecordCorrections1765000000000 = sqlMigration(
  'DeathRecordCorrections',
  1765000000000,
  [
    `ALTER TABLE death_record ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]', ADD COLUMN revocation jsonb`,
    `ALTER TABLE death_record DROP CONSTRAINT death_record_status_check`,
    `ALTER TABLE death_record ADD CONSTRAINT death_record_status_check CHECK (status IN ('registered', 'cremated', 'revoked'))`,
    `DROP INDEX death_record_one_per_citizen`,
    `CREATE UNIQUE INDEX death_record_one_per_citizen ON death_record (citizen_id) WHERE status <> 'revoked'`,
  ],
  [
    `DROP INDEX death_record_one_per_citizen`,
    `CREATE UNIQUE INDEX death_record_one_per_citizen ON death_record (citizen_id)`,
    `ALTER TABLE death_record DROP CONSTRAINT death_record_status_check`,
    `ALTER TABLE death_record ADD CONSTRAINT death_record_status_check CHECK (status IN ('registered', 'cremated'))`,
    `ALTER TABLE death_record DROP COLUMN revocation, DROP COLUMN corrections`,
  ],
);
