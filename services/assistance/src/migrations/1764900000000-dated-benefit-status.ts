import { sqlMigration } from '@civic/platform';

/**
 * The payment run reads each benefit's status in force on the month's first day from its dated
 * changes (the latest effective by then): one index probe per benefit.
 */
export const DatedBenefitStatus1764900000000 = sqlMigration(
  'DatedBenefitStatus',
  1764900000000,
  [`CREATE INDEX benefit_status_change_in_force ON benefit_status_change (benefit_id, effective_on DESC, id DESC)`],
  [`DROP INDEX benefit_status_change_in_force`],
);
