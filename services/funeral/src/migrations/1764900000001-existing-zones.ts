import { sqlMigration } from '@civic/platform';

/** A zone recorded after it opened keeps the approval document it opened under. */
export const ExistingZones1764900000001 = sqlMigration(
  'ExistingZones',
  1764900000001,
  [`ALTER TABLE cemetery_zone ADD COLUMN opening_document varchar(100)`],
  [`ALTER TABLE cemetery_zone DROP COLUMN opening_document`],
);
