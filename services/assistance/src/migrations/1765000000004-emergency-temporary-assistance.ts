import { sqlMigration } from '@civic/platform';

/**
 * 急难型临时救助, 先行救助: a programme may be granted ahead of verification and the public notice,
 * the procedure completed within a number of working days after (null: not allowed). 临时救助 allows
 * it with 5 working days, as the bureau's 先行救助 practice has it.
 */
export const EmergencyTemporaryAssistance1765000000004 = sqlMigration(
  'EmergencyTemporaryAssistance',
  1765000000004,
  [
    `ALTER TABLE programme ADD COLUMN emergency_review_working_days smallint CHECK (emergency_review_working_days BETWEEN 1 AND 30)`,
    `UPDATE programme SET emergency_review_working_days = 5, version = version + 1 WHERE code = 'linshi'`,
  ],
  [`ALTER TABLE programme DROP COLUMN emergency_review_working_days`],
);
