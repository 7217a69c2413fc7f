import { sqlMigration } from '@civic/platform';

/** 基本生活保障金 standards per category, each from the first of a month (a change re-computes from its month). */
export const AllowanceStandards1796100000005 = sqlMigration(
  'AllowanceStandards',
  1796100000005,
  [
    `CREATE TABLE allowance_standard (
      category varchar(24) NOT NULL CHECK (category IN ('orphan', 'de-facto-unattended')),
      effective_from date NOT NULL CHECK (extract(day FROM effective_from) = 1),
      monthly_amount_fen bigint NOT NULL CHECK (monthly_amount_fen > 0),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (category, effective_from)
    )`,
    `INSERT INTO allowance_standard (category, effective_from, monthly_amount_fen, recorded_by) VALUES
      ('orphan', '2026-01-01', 219000, 'migration'), ('de-facto-unattended', '2026-01-01', 219000, 'migration')`,
  ],
  ['DROP TABLE allowance_standard'],
);
