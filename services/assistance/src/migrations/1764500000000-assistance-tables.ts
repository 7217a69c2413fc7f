import { sqlMigration } from '@civic/platform';

/** Households, programmes, applications, benefits, payment runs, subsidies, leads, rescue cases, imports. */
export const AssistanceTables1764500000000 = sqlMigration(
  'AssistanceTables',
  1764500000000,
  [
    // 家庭 and 家庭成员. A citizen is a member of at most one active household: the partial unique
    // index is the last line of defence behind the use case's check, also under concurrent requests.
    `CREATE TABLE household (
      id uuid PRIMARY KEY,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      address varchar(200) NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('active', 'dissolved')),
      review_status varchar(12) NOT NULL CHECK (review_status IN ('clear', 'flagged')),
      review_notes jsonb NOT NULL DEFAULT '[]',
      version integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX household_district ON household (district_code, status, created_at)`,
    `CREATE TABLE household_member (
      household_id uuid NOT NULL REFERENCES household (id),
      citizen_id varchar(18) NOT NULL,
      name varchar(50) NOT NULL,
      birth_date date NOT NULL,
      sex varchar(6) NOT NULL,
      relation varchar(12) NOT NULL,
      monthly_income_fen bigint NOT NULL CHECK (monthly_income_fen >= 0),
      assets_fen bigint NOT NULL CHECK (assets_fen >= 0),
      disability_grade smallint CHECK (disability_grade BETWEEN 1 AND 4),
      active boolean NOT NULL,
      position smallint NOT NULL,
      PRIMARY KEY (household_id, citizen_id)
    )`,
    `CREATE UNIQUE INDEX household_member_one_active_household ON household_member (citizen_id) WHERE active`,
    `CREATE INDEX household_member_name_birth ON household_member (name, birth_date) WHERE active`,
    `CREATE TABLE household_history (
      id bigserial PRIMARY KEY,
      household_id uuid NOT NULL REFERENCES household (id),
      version integer NOT NULL,
      change varchar(20) NOT NULL,
      reason varchar(500),
      snapshot jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      recorded_by varchar(200) NOT NULL,
      UNIQUE (household_id, version)
    )`,
    `CREATE TABLE duplicate_matcher (
      code varchar(40) PRIMARY KEY,
      kind varchar(30) NOT NULL CHECK (kind IN ('citizen-id', 'name-birth-division')),
      action varchar(10) NOT NULL CHECK (action IN ('refuse', 'flag')),
      enabled boolean NOT NULL,
      description varchar(200) NOT NULL
    )`,
    `INSERT INTO duplicate_matcher VALUES
      ('exact-citizen-id', 'citizen-id', 'refuse', true, '同一身份证号已在另一户在册: refuse'),
      ('name-birth-division', 'name-birth-division', 'flag', true, '同名、同出生日期、同区划: flag for review')`,

    // 救助项目 with data-driven eligibility, amount rule and stage time limits; 保障标准 by effective date.
    `CREATE TABLE programme (
      code varchar(20) PRIMARY KEY,
      name_zh varchar(50) NOT NULL,
      name_en varchar(100) NOT NULL,
      amount_rule jsonb NOT NULL,
      eligibility jsonb NOT NULL,
      stage_limit_days jsonb NOT NULL,
      one_active_per_household boolean NOT NULL,
      version integer NOT NULL DEFAULT 1
    )`,
    `CREATE TABLE standard (
      programme_code varchar(20) NOT NULL REFERENCES programme (code),
      effective_from date NOT NULL,
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      recorded_by varchar(200) NOT NULL,
      PRIMARY KEY (programme_code, effective_from)
    )`,

    // 申请 and its lifecycle.
    `CREATE TABLE application (
      id uuid PRIMARY KEY,
      household_id uuid NOT NULL REFERENCES household (id),
      programme_code varchar(20) NOT NULL REFERENCES programme (code),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      status varchar(20) NOT NULL,
      channel varchar(100) NOT NULL,
      submitted_at timestamptz NOT NULL,
      stage_entered_on date NOT NULL,
      stage_due_on date,
      verification jsonb,
      community_review jsonb,
      notice_starts_on date,
      notice_ends_on date,
      decision jsonb,
      requested_amount_fen bigint,
      benefit_id uuid,
      version integer NOT NULL
    )`,
    `CREATE INDEX application_district ON application (district_code, status, submitted_at)`,
    `CREATE INDEX application_household ON application (household_id)`,
    `CREATE INDEX application_overdue ON application (stage_due_on) WHERE stage_due_on IS NOT NULL`,
    `CREATE TABLE application_transition (
      id bigserial PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES application (id),
      from_status varchar(20),
      to_status varchar(20) NOT NULL,
      reason varchar(1000),
      at timestamptz NOT NULL DEFAULT now(),
      actor varchar(200) NOT NULL,
      system varchar(200) NOT NULL,
      request_id varchar(100)
    )`,
    `CREATE INDEX application_transition_app ON application_transition (application_id, id)`,
    // 公示异议 (objection during the notice) and 复核 (appeal after the decision).
    `CREATE TABLE application_objection (
      id uuid PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES application (id),
      kind varchar(10) NOT NULL CHECK (kind IN ('objection', 'appeal')),
      status varchar(10) NOT NULL CHECK (status IN ('open', 'upheld', 'dismissed')),
      raised_by varchar(100) NOT NULL,
      grounds varchar(2000) NOT NULL,
      raised_at timestamptz NOT NULL DEFAULT now(),
      resolution varchar(2000),
      resolved_by varchar(200),
      resolved_at timestamptz
    )`,
    `CREATE INDEX application_objection_app ON application_objection (application_id)`,

    // 救助金: one row per granted benefit; amounts kept by effective month for the payment run.
    `CREATE TABLE benefit (
      id uuid PRIMARY KEY,
      household_id uuid NOT NULL REFERENCES household (id),
      application_id uuid NOT NULL REFERENCES application (id),
      programme_code varchar(20) NOT NULL REFERENCES programme (code),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('active', 'suspended', 'terminated')),
      exclusive boolean NOT NULL,
      monthly_amount_fen bigint NOT NULL CHECK (monthly_amount_fen >= 0),
      recipients smallint NOT NULL CHECK (recipients > 0),
      member_citizen_ids varchar(18)[] NOT NULL,
      basis jsonb NOT NULL,
      starts_on date NOT NULL,
      ends_on date,
      version integer NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    // One active (or suspended) benefit of an exclusive programme such as 低保 per household.
    `CREATE UNIQUE INDEX benefit_one_exclusive_per_household ON benefit (household_id, programme_code) WHERE exclusive AND status <> 'terminated'`,
    `CREATE INDEX benefit_programme_status ON benefit (programme_code, status)`,
    `CREATE INDEX benefit_district ON benefit (district_code, status)`,
    `CREATE TABLE benefit_amount (
      benefit_id uuid NOT NULL REFERENCES benefit (id),
      effective_from date NOT NULL,
      amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
      reason varchar(500) NOT NULL,
      PRIMARY KEY (benefit_id, effective_from)
    )`,
    `CREATE TABLE benefit_status_change (
      id bigserial PRIMARY KEY,
      benefit_id uuid NOT NULL REFERENCES benefit (id),
      from_status varchar(12) NOT NULL,
      to_status varchar(12) NOT NULL,
      effective_on date NOT NULL,
      reason varchar(1000) NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor varchar(200) NOT NULL
    )`,

    // 发放: one run per month, processed in keyset batches; one line per benefit, ever.
    `CREATE TABLE payment_run (
      month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
      status varchar(12) NOT NULL CHECK (status IN ('running', 'failed', 'completed')),
      expected_lines integer NOT NULL,
      lines integer NOT NULL DEFAULT 0,
      total_fen bigint NOT NULL DEFAULT 0,
      cursor_benefit_id uuid,
      lease_owner varchar(100),
      lease_until timestamptz,
      last_error varchar(2000),
      attempts integer NOT NULL DEFAULT 1,
      started_by varchar(200) NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      by_district jsonb
    )`,
    `CREATE TABLE payment_line (
      month date NOT NULL,
      benefit_id uuid NOT NULL,
      household_id uuid NOT NULL,
      programme_code varchar(20) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      recipients smallint NOT NULL,
      amount_fen bigint NOT NULL,
      PRIMARY KEY (month, benefit_id)
    )`,

    // 价格临时补贴.
    `CREATE TABLE price_subsidy_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      cpi_threshold_percent numeric(5,2) NOT NULL,
      food_threshold_percent numeric(5,2) NOT NULL,
      per_person_fen bigint NOT NULL CHECK (per_person_fen > 0),
      programmes varchar(20)[] NOT NULL,
      version integer NOT NULL
    )`,
    `INSERT INTO price_subsidy_policy VALUES (1, 3.5, 6.0, 6000, ARRAY['dibao', 'tekun'], 1)`,
    `CREATE TABLE price_index (
      month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
      cpi_yoy_percent numeric(5,2) NOT NULL,
      food_yoy_percent numeric(5,2) NOT NULL,
      triggered boolean NOT NULL,
      subsidies integer NOT NULL DEFAULT 0,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      recorded_by varchar(200) NOT NULL
    )`,
    `CREATE TABLE price_subsidy (
      month date NOT NULL,
      household_id uuid NOT NULL,
      benefit_id uuid NOT NULL,
      district_code varchar(6) NOT NULL,
      recipients smallint NOT NULL,
      amount_fen bigint NOT NULL,
      PRIMARY KEY (month, household_id)
    )`,

    // 政策找人: rules are data, leads are what they produce.
    `CREATE TABLE lead_rule (
      code varchar(60) PRIMARY KEY,
      event_type varchar(100) NOT NULL,
      conditions jsonb NOT NULL,
      household_match varchar(10) NOT NULL CHECK (household_match IN ('required', 'absent', 'any')),
      lead_kind varchar(30) NOT NULL,
      summary varchar(300) NOT NULL,
      enabled boolean NOT NULL,
      version integer NOT NULL DEFAULT 1
    )`,
    `INSERT INTO lead_rule VALUES
      ('death-of-household-member', 'funeral.death-record.registered.v1', '[]', 'required', 're-verification', '户内成员死亡：核实家庭人口与救助待遇', true, 1),
      ('living-alone-elder', 'community.person-tag.tagged.v1', '[{"path": "tag", "in": ["living-alone-elder"]}]', 'any', 'visit', '独居老人：救助顾问上门走访', true, 1),
      ('disabled-person', 'community.person-tag.tagged.v1', '[{"path": "tag", "in": ["disabled"]}]', 'absent', 'visit', '残疾人未在册：核查两项补贴资格', true, 1)`,
    `CREATE TABLE lead (
      id uuid PRIMARY KEY,
      rule_code varchar(60) NOT NULL,
      kind varchar(30) NOT NULL,
      source_event_id varchar(100) NOT NULL,
      source_event_type varchar(100) NOT NULL,
      citizen_id varchar(18),
      person_name varchar(50),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      household_id uuid,
      summary varchar(300) NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('open', 'assigned', 'following', 'converted', 'dismissed')),
      assignee varchar(200),
      notes jsonb NOT NULL DEFAULT '[]',
      application_id uuid,
      dismiss_reason varchar(1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL,
      UNIQUE (rule_code, source_event_id)
    )`,
    `CREATE INDEX lead_district ON lead (district_code, status, created_at)`,

    // 流浪乞讨救助.
    `CREATE TABLE rescue_case (
      id uuid PRIMARY KEY,
      status varchar(20) NOT NULL,
      found_division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      found_on date NOT NULL,
      found_place varchar(200) NOT NULL,
      description varchar(1000) NOT NULL,
      person_name varchar(50),
      citizen_id varchar(18),
      sex varchar(8),
      estimated_age smallint,
      shelter varchar(100),
      sheltered_on date,
      identity_search jsonb NOT NULL DEFAULT '[]',
      outcome jsonb,
      closed_on date,
      version integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX rescue_case_district ON rescue_case (district_code, status, found_on)`,

    // 批量导入 of households: the uploaded rows, then one result per row.
    `CREATE TABLE household_import (
      id uuid PRIMARY KEY,
      status varchar(12) NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
      total_rows integer NOT NULL,
      processed_rows integer NOT NULL DEFAULT 0,
      accepted_rows integer NOT NULL DEFAULT 0,
      rejected_rows integer NOT NULL DEFAULT 0,
      households_created integer NOT NULL DEFAULT 0,
      submitted_by varchar(200) NOT NULL,
      submitted_system varchar(200) NOT NULL,
      districts varchar(6)[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      last_error varchar(2000)
    )`,
    `CREATE TABLE household_import_row (
      import_id uuid NOT NULL REFERENCES household_import (id),
      row_number integer NOT NULL,
      household_ref varchar(50) NOT NULL,
      fields jsonb NOT NULL,
      outcome varchar(10) CHECK (outcome IN ('accepted', 'rejected')),
      household_id uuid,
      errors jsonb,
      PRIMARY KEY (import_id, row_number)
    )`,
  ],
  [
    'DROP TABLE household_import_row',
    'DROP TABLE household_import',
    'DROP TABLE rescue_case',
    'DROP TABLE lead',
    'DROP TABLE lead_rule',
    'DROP TABLE price_subsidy',
    'DROP TABLE price_index',
    'DROP TABLE price_subsidy_policy',
    'DROP TABLE payment_line',
    'DROP TABLE payment_run',
    'DROP TABLE benefit_status_change',
    'DROP TABLE benefit_amount',
    'DROP TABLE benefit',
    'DROP TABLE application_objection',
    'DROP TABLE application_transition',
    'DROP TABLE application',
    'DROP TABLE standard',
    'DROP TABLE programme',
    'DROP TABLE duplicate_matcher',
    'DROP TABLE household_history',
    'DROP TABLE household_member',
    'DROP TABLE household',
  ],
);
