import { sqlMigration } from '@civic/platform';

/**
 * 基本生活保障金 monthly runs (the shared payment-run tables' shape, @civic/payment-run): one line per
 * child and month paid, and corrections of earlier months (补发 / 追回) as lines of a later run.
 */
export const AllowanceRuns1796100000006 = sqlMigration(
  'AllowanceRuns',
  1796100000006,
  [
    `CREATE TABLE allowance_run (
      month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
      status varchar(12) NOT NULL CHECK (status IN ('running', 'failed', 'completed')),
      expected_lines integer NOT NULL,
      lines integer NOT NULL DEFAULT 0,
      total_fen bigint NOT NULL DEFAULT 0,
      cursor_child_id uuid,
      lease_owner varchar(100),
      lease_until timestamptz,
      last_error varchar(2000),
      attempts integer NOT NULL DEFAULT 1,
      started_by varchar(200) NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      by_district jsonb,
      by_kind jsonb
    )`,
    `CREATE TABLE allowance_line (
      month date NOT NULL,
      period date NOT NULL,
      kind varchar(10) NOT NULL CHECK (kind IN ('regular', 'arrears', 'recovery')),
      child_id uuid NOT NULL REFERENCES child (id),
      category varchar(24) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      amount_fen bigint NOT NULL,
      PRIMARY KEY (month, child_id, period, kind)
    )`,
    `CREATE INDEX allowance_line_child ON allowance_line (child_id, period)`,
    `CREATE INDEX allowance_line_district ON allowance_line (district_code, period)`,
    // The run reads only children ever in a paid category.
    `CREATE INDEX child_category_period_paid ON child_category_period (child_id) WHERE category IN ('orphan', 'de-facto-unattended')`,
  ],
  ['DROP INDEX child_category_period_paid', 'DROP TABLE allowance_line', 'DROP TABLE allowance_run'],
);
