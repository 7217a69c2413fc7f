import { sqlMigration } from '@civic/platform';

/** The waiver follows the benefit's dated status: a suspended benefit waives nothing until it resumes. */
export const WaiverSuspensions1764900000002 = sqlMigration(
  'WaiverSuspensions',
  1764900000002,
  [
    `CREATE TABLE waiver_suspension (
      benefit_id uuid NOT NULL,
      suspended_from date NOT NULL,
      resumed_from date,
      PRIMARY KEY (benefit_id, suspended_from)
    )`,
  ],
  ['DROP TABLE waiver_suspension'],
);
