import { sqlMigration } from '@civic/platform';

/** 代发账户: the account each household's assistance is paid into, read by the bank file. */
export const HouseholdPayeeAccount1765000000001 = sqlMigration(
  'HouseholdPayeeAccount',
  1765000000001,
  [
    `CREATE TABLE household_payee_account (
      household_id uuid PRIMARY KEY REFERENCES household (id),
      payee_citizen_id varchar(18) NOT NULL,
      bank_name varchar(60) NOT NULL,
      account_number varchar(30) NOT NULL CHECK (account_number ~ '^[0-9]{8,30}$'),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `ALTER TABLE payment_run ADD COLUMN lines_without_account integer`,
    // Change kinds of one version are joined with '+' (members-changed+flagged+...): 20 was too short.
    `ALTER TABLE household_history ALTER COLUMN change TYPE varchar(100)`,
  ],
  [`ALTER TABLE payment_run DROP COLUMN lines_without_account`, `DROP TABLE household_payee_account`],
);
