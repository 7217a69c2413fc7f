import { sqlMigration } from '@civic/platform';

/** 村务公开: disclosure kinds with the days after a period by which each is due (data), and each committee's disclosures. */
export const Disclosures1796200000004 = sqlMigration(
  'Disclosures',
  1796200000004,
  [
    `CREATE TABLE disclosure_kind (
      code varchar(20) PRIMARY KEY,
      name varchar(50) NOT NULL,
      due_days smallint NOT NULL CHECK (due_days BETWEEN 0 AND 366)
    )`,
    `INSERT INTO disclosure_kind (code, name, due_days) VALUES
      ('finance', '财务收支公开', 15), ('affairs', '村(居)务事项公开', 30), ('decisions', '重大事项决策公开', 10)`,
    `CREATE TABLE disclosure (
      id uuid PRIMARY KEY,
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      kind varchar(20) NOT NULL REFERENCES disclosure_kind (code),
      period_end date NOT NULL,
      due_on date NOT NULL,
      published_on date,
      content varchar(5000),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX disclosure_once_per_period ON disclosure (committee_code, kind, period_end)`,
    `CREATE INDEX disclosure_unpublished ON disclosure (district_code, due_on) WHERE published_on IS NULL`,
    `CREATE INDEX disclosure_by_division ON disclosure (committee_code text_pattern_ops, id)`,
  ],
  ['DROP TABLE disclosure', 'DROP TABLE disclosure_kind'],
);
