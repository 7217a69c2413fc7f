import { sqlMigration } from '@civic/platform';

/** The indexes libs/bulk-import's repository reads household imports by: unprocessed rows in file order, and a household's rows. */
export const HouseholdImportIndexes1765000000005 = sqlMigration(
  'HouseholdImportIndexes',
  1765000000005,
  [
    `CREATE INDEX household_import_row_unprocessed ON household_import_row (import_id, row_number) WHERE outcome IS NULL`,
    `CREATE INDEX household_import_row_group ON household_import_row (import_id, household_ref)`,
  ],
  ['DROP INDEX household_import_row_group', 'DROP INDEX household_import_row_unprocessed'],
);
