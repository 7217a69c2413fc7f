import { sqlMigration } from '@civic/platform';

/**
 * 居家环境适老化改造: one row per application with its assessment, works and acceptance (amounts in
 * fen), the subsidy policy as data, and one adaptation under way per elder (partial unique index).
 */
export const HomeAdaptation1796000000005 = sqlMigration(
  'HomeAdaptation',
  1796000000005,
  [
    `CREATE TABLE home_adaptation_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      per_elder_limit_fen bigint NOT NULL CHECK (per_elder_limit_fen > 0),
      default_share_percent smallint NOT NULL CHECK (default_share_percent BETWEEN 0 AND 100),
      share_by_programme jsonb NOT NULL,
      changed_by varchar(200) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO home_adaptation_policy (id, per_elder_limit_fen, default_share_percent, share_by_programme, changed_by)
     VALUES (1, 300000, 50, '[{"programme": "tekun", "percent": 100}, {"programme": "dibao", "percent": 100}]', 'migration')`,
    `CREATE TABLE home_adaptation (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      address varchar(200) NOT NULL,
      applied_on date NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('applied', 'assessed', 'in-works', 'accepted', 'closed')),
      assessed_on date,
      assessor varchar(100),
      items jsonb,
      estimated_cost_fen bigint,
      share_percent smallint,
      approved_subsidy_fen bigint,
      contractor varchar(100),
      works_started_on date,
      accepted_on date,
      actual_cost_fen bigint,
      granted_subsidy_fen bigint CHECK (granted_subsidy_fen <= approved_subsidy_fen),
      closed_reason varchar(500),
      recorded_by varchar(200) NOT NULL,
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX home_adaptation_one_open_per_elder ON home_adaptation (citizen_id) WHERE status IN ('applied', 'assessed', 'in-works')`,
    `CREATE INDEX home_adaptation_elder ON home_adaptation (citizen_id)`,
    `CREATE INDEX home_adaptation_district ON home_adaptation (district_code, applied_on DESC)`,
  ],
  ['DROP TABLE home_adaptation', 'DROP TABLE home_adaptation_policy'],
);
