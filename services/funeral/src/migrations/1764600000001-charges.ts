import { sqlMigration } from '@civic/platform';

/** The price catalogue, waiver eligibility from assistance, funeral bills, eco-burial subsidies. */
export const Charges1764600000001 = sqlMigration(
  'Charges',
  1764600000001,
  [
    // 殡葬服务收费目录: basic services (基本殡葬服务) are waivable (惠民) for eligible residents.
    `CREATE TABLE service_item (
      code varchar(30) PRIMARY KEY,
      name varchar(100) NOT NULL,
      unit varchar(20) NOT NULL,
      price_fen bigint NOT NULL CHECK (price_fen >= 0),
      basic boolean NOT NULL,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1
    )`,
    `INSERT INTO service_item (code, name, unit, price_fen, basic) VALUES
      ('transport', '遗体接运', 'trip', 40000, true),
      ('storage', '遗体存放', 'day', 5000, true),
      ('cremation', '遗体火化', 'time', 60000, true),
      ('urn-basic', '基本骨灰盒', 'piece', 20000, true),
      ('farewell-hall', '告别厅租用', 'hour', 80000, false),
      ('makeup', '遗体整容', 'time', 50000, false)`,
    // Who may have the basic services waived: members of households on the programmes that qualify.
    `CREATE TABLE waiver_eligibility (
      citizen_id varchar(18) NOT NULL,
      benefit_id uuid NOT NULL,
      programme varchar(20) NOT NULL,
      since date NOT NULL,
      until date,
      PRIMARY KEY (citizen_id, benefit_id)
    )`,
    `CREATE TABLE waiver_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      programmes varchar(20)[] NOT NULL
    )`,
    `INSERT INTO waiver_policy VALUES (1, ARRAY['dibao', 'tekun'])`,
    `CREATE TABLE funeral_bill (
      id uuid PRIMARY KEY,
      death_record_id uuid NOT NULL REFERENCES death_record (id),
      lines jsonb NOT NULL,
      total_fen bigint NOT NULL,
      waived_fen bigint NOT NULL,
      due_fen bigint NOT NULL,
      waiver_basis varchar(200),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE UNIQUE INDEX funeral_bill_one_per_death ON funeral_bill (death_record_id)`,
    // 节地生态安葬补贴 per burial type (sea, tree, lawn, wall niche); plots get theirs when assigned.
    `CREATE TABLE eco_subsidy_rate (
      burial_type varchar(20) PRIMARY KEY,
      amount_fen bigint NOT NULL CHECK (amount_fen >= 0)
    )`,
    `INSERT INTO eco_subsidy_rate VALUES ('sea', 300000), ('tree', 100000), ('lawn', 100000), ('wall-niche', 50000)`,
    `ALTER TABLE plot ADD COLUMN eco_subsidy_fen bigint`,
  ],
  [
    'ALTER TABLE plot DROP COLUMN eco_subsidy_fen',
    'DROP TABLE eco_subsidy_rate',
    'DROP TABLE funeral_bill',
    'DROP TABLE waiver_policy',
    'DROP TABLE waiver_eligibility',
    'DROP TABLE service_item',
  ],
);
