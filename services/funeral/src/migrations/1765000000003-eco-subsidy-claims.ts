import { sqlMigration } from '@civic/platform';

/** 节地生态安葬补贴 claims: applied for by the family, paid by the district with its reference, once per burial. */
export const EcoSubsidyClaims1765000000003 = sqlMigration(
  'EcoSubsidyClaims',
  1765000000003,
  [
    `CREATE TABLE eco_subsidy_claim (
      plot_id uuid PRIMARY KEY REFERENCES plot (id),
      death_record_id uuid NOT NULL REFERENCES death_record (id),
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      applicant_name varchar(50) NOT NULL,
      applicant_citizen_id varchar(18) NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('applied', 'paid')),
      applied_on date NOT NULL,
      paid_on date,
      payment_reference varchar(64),
      CHECK ((status = 'paid') = (paid_on IS NOT NULL AND payment_reference IS NOT NULL))
    )`,
    `CREATE INDEX eco_subsidy_claim_status ON eco_subsidy_claim (status, applied_on)`,
  ],
  [`DROP TABLE eco_subsidy_claim`],
);
