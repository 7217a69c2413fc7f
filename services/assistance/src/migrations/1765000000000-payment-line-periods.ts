import { sqlMigration } from '@civic/platform';

/**
 * A run pays more than its own month: corrections of months already paid (补发 arrears, 追回
 * recoveries) and price-linked subsidies (价格临时补贴), each a line with the month it is for
 * (`period`) and its kind. The checks keep every kind in its place: a month's own line is for that
 * month, a correction for an earlier one with its sign, a subsidy for its month or an earlier one.
 */
export const PaymentLinePeriods1765000000000 = sqlMigration(
  'PaymentLinePeriods',
  1765000000000,
  [
    `ALTER TABLE payment_line ADD COLUMN period date, ADD COLUMN kind varchar(14) NOT NULL DEFAULT 'regular'`,
    `UPDATE payment_line SET period = month`,
    `ALTER TABLE payment_line ALTER COLUMN period SET NOT NULL`,
    `ALTER TABLE payment_line ADD CONSTRAINT payment_line_kind_in_place CHECK (
       (kind = 'regular' AND period = month) OR (kind = 'arrears' AND period < month AND amount_fen > 0)
       OR (kind = 'recovery' AND period < month AND amount_fen < 0) OR (kind = 'price-subsidy' AND period <= month AND amount_fen > 0))`,
    `ALTER TABLE payment_line DROP CONSTRAINT payment_line_pkey, ADD PRIMARY KEY (month, benefit_id, period, kind)`,
    // What each month has paid a benefit so far, read when a later run corrects it.
    `CREATE INDEX payment_line_benefit_period ON payment_line (benefit_id, period)`,
    // The benefits a run re-examines: those changed since the previous run started.
    `CREATE INDEX benefit_updated_at ON benefit (updated_at)`,
    `ALTER TABLE payment_run ADD COLUMN by_kind jsonb`,
    `ALTER TABLE price_subsidy ADD COLUMN paid_in date`,
  ],
  [
    `ALTER TABLE price_subsidy DROP COLUMN paid_in`,
    `ALTER TABLE payment_run DROP COLUMN by_kind`,
    `DROP INDEX benefit_updated_at`,
    `DROP INDEX payment_line_benefit_period`,
    `DELETE FROM payment_line WHERE kind <> 'regular'`,
    `ALTER TABLE payment_line DROP CONSTRAINT payment_line_pkey, ADD PRIMARY KEY (month, benefit_id)`,
    `ALTER TABLE payment_line DROP CONSTRAINT payment_line_kind_in_place, DROP COLUMN kind, DROP COLUMN period`,
  ],
);
