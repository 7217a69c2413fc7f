import { sqlMigration } from '@civic/platform';

/**
 * 社区事务受理: the city's catalogue of community affairs items (准入, 变更, 退出, with history), their
 * push-downs to committees (下沉, only with a committee admission: 居村减负), and the applications
 * accepted against them at the sub-districts' acceptance centres, with their due day.
 */
export const ServiceItems1796200000005 = sqlMigration(
  'ServiceItems',
  1796200000005,
  [
    `CREATE TABLE service_item (
      code varchar(20) PRIMARY KEY,
      name varchar(100) NOT NULL,
      legal_basis varchar(500) NOT NULL,
      department varchar(100) NOT NULL,
      time_limit_days smallint NOT NULL CHECK (time_limit_days BETWEEN 1 AND 60),
      materials jsonb NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('admitted', 'withdrawn')),
      admission_no varchar(50) NOT NULL,
      admitted_on date NOT NULL,
      committee_admission_no varchar(50),
      committees_admitted_on date,
      withdrawn_on date,
      withdrawn_reason varchar(500),
      version integer NOT NULL
    )`,
    `CREATE TABLE service_item_history (
      id bigserial PRIMARY KEY,
      code varchar(20) NOT NULL REFERENCES service_item (code),
      change varchar(30) NOT NULL,
      terms jsonb NOT NULL,
      detail varchar(500),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX service_item_history_of ON service_item_history (code, id)`,
    `CREATE TABLE service_item_push_down (
      id bigserial PRIMARY KEY,
      code varchar(20) NOT NULL REFERENCES service_item (code),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      pushed_on date NOT NULL,
      ended_on date,
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE UNIQUE INDEX service_item_pushed_once ON service_item_push_down (code, division_code) WHERE ended_on IS NULL`,
    `CREATE TABLE service_application (
      id uuid PRIMARY KEY,
      item_code varchar(20) NOT NULL REFERENCES service_item (code),
      centre_code varchar(9) NOT NULL,
      district_code varchar(6) NOT NULL,
      applicant_citizen_id varchar(18) NOT NULL,
      applicant_name varchar(50) NOT NULL,
      received_on date NOT NULL,
      due_on date NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('accepted', 'concluded')),
      concluded_on date,
      outcome varchar(10) CHECK (outcome IN ('approved', 'refused')),
      note varchar(500),
      version integer NOT NULL
    )`,
    `CREATE INDEX service_application_by_centre ON service_application (centre_code text_pattern_ops, id)`,
    `CREATE INDEX service_application_open ON service_application (district_code, due_on) WHERE status = 'accepted'`,
  ],
  ['DROP TABLE service_application', 'DROP TABLE service_item_push_down', 'DROP TABLE service_item_history', 'DROP TABLE service_item'],
);
