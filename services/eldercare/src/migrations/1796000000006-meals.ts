import { sqlMigration } from '@civic/platform';

/**
 * 老年助餐: the subsidy policy as data, and one row per meal served (amounts in fen). One breakfast,
 * lunch and dinner per elder a day is a partial unique index; the daily limit is decided under the
 * elder's advisory lock for the day.
 */
export const Meals1796000000006 = sqlMigration(
  'Meals',
  1796000000006,
  [
    `CREATE TABLE meal_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      subsidy_per_meal_fen bigint NOT NULL CHECK (subsidy_per_meal_fen >= 0),
      subsidy_by_programme jsonb NOT NULL,
      daily_limit smallint NOT NULL CHECK (daily_limit BETWEEN 1 AND 3),
      changed_by varchar(200) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO meal_policy (id, subsidy_per_meal_fen, subsidy_by_programme, daily_limit, changed_by)
     VALUES (1, 300, '[{"programme": "tekun", "subsidyPerMealFen": 1000}, {"programme": "dibao", "subsidyPerMealFen": 600}]', 2, 'migration')`,
    `CREATE TABLE meal (
      id uuid PRIMARY KEY,
      facility_id uuid NOT NULL REFERENCES facility (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      served_on date NOT NULL,
      meal_type varchar(10) NOT NULL CHECK (meal_type IN ('breakfast', 'lunch', 'dinner')),
      price_fen bigint NOT NULL CHECK (price_fen > 0),
      subsidy_fen bigint NOT NULL CHECK (subsidy_fen >= 0 AND subsidy_fen <= price_fen),
      status varchar(10) NOT NULL CHECK (status IN ('served', 'cancelled')),
      cancelled_reason varchar(500),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE UNIQUE INDEX meal_one_per_type_per_day ON meal (citizen_id, served_on, meal_type) WHERE status = 'served'`,
    `CREATE INDEX meal_site_day ON meal (facility_id, served_on)`,
    `CREATE INDEX meal_district_day ON meal (district_code, served_on)`,
  ],
  ['DROP TABLE meal', 'DROP TABLE meal_policy'],
);
