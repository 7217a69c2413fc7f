import { sqlMigration } from '@civic/platform';

/** A divorce application ends when a party dies during it (the marriage has ended by death). */
export const DivorceEndedByDeath1764900000000 = sqlMigration(
  'DivorceEndedByDeath',
  1764900000000,
  [
    `ALTER TABLE divorce_application ALTER COLUMN status TYPE varchar(20)`,
    `ALTER TABLE divorce_application DROP CONSTRAINT divorce_application_status_check`,
    `ALTER TABLE divorce_application ADD CONSTRAINT divorce_application_status_check CHECK (status IN ('cooling-off', 'divorced', 'withdrawn', 'lapsed', 'ended-by-death'))`,
  ],
  [
    `ALTER TABLE divorce_application DROP CONSTRAINT divorce_application_status_check`,
    `ALTER TABLE divorce_application ADD CONSTRAINT divorce_application_status_check CHECK (status IN ('cooling-off', 'divorced', 'withdrawn', 'lapsed'))`,
  ],
);
