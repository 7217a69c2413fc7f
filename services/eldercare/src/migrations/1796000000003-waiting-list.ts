import { sqlMigration } from '@civic/platform';

/**
 * 保基本养老床位轮候: the policy (data), the assistance programmes elders receive (a read model of
 * assistance's benefit events), the line and the offers. Partial unique indexes keep one open
 * entry per elder, one open offer per bed and per entry, whatever requests race.
 */
export const WaitingList1796000000003 = sqlMigration(
  'WaitingList',
  1796000000003,
  [
    `CREATE TABLE waiting_list_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      policy jsonb NOT NULL,
      changed_by varchar(200) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO waiting_list_policy (id, policy, changed_by) VALUES (1,
      '{"categoryRanks": {"tekun": 1, "dibao": 2}, "criteria": ["category", "care-level", "age", "waiting-time"], "maxDeclines": 3, "offerValidDays": 7}', 'migration')`,
    `CREATE TABLE elder_benefit (
      citizen_id char(18) NOT NULL,
      benefit_id uuid NOT NULL,
      programme varchar(30) NOT NULL,
      active boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (citizen_id, benefit_id)
    )`,
    `CREATE TABLE waiting_entry (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      applied_at timestamptz NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('waiting', 'offered', 'admitted', 'dropped', 'closed')),
      declines smallint NOT NULL,
      priority_key varchar(80) NOT NULL,
      closed_reason varchar(500),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX waiting_entry_one_open_per_elder ON waiting_entry (citizen_id) WHERE status IN ('waiting', 'offered')`,
    `CREATE INDEX waiting_entry_line ON waiting_entry (district_code, priority_key, id) WHERE status = 'waiting'`,
    `CREATE INDEX waiting_entry_district ON waiting_entry (district_code, applied_at DESC)`,
    `CREATE TABLE bed_offer (
      id uuid PRIMARY KEY,
      entry_id uuid NOT NULL REFERENCES waiting_entry (id),
      bed_id uuid NOT NULL REFERENCES bed (id),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      offered_on date NOT NULL,
      expires_on date NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
      decided_on date,
      reason varchar(500),
      skip_reason varchar(500),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE UNIQUE INDEX bed_offer_one_open_per_bed ON bed_offer (bed_id) WHERE status = 'open'`,
    `CREATE UNIQUE INDEX bed_offer_one_open_per_entry ON bed_offer (entry_id) WHERE status = 'open'`,
    `CREATE INDEX bed_offer_due ON bed_offer (expires_on) WHERE status = 'open'`,
    `CREATE INDEX bed_offer_entry ON bed_offer (entry_id, created_at DESC)`,
  ],
  ['DROP TABLE bed_offer', 'DROP TABLE waiting_entry', 'DROP TABLE elder_benefit', 'DROP TABLE waiting_list_policy'],
);
