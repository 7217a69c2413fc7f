import { sqlMigration } from '@civic/platform';

/**
 * 社区工作者: posts per committee, the workers in them, their trainings, and the 三岗十八级 scale as
 * data: each post (负责人岗 head, 副职岗 deputy, 干事岗 officer) spans twelve of the eighteen grades,
 * with a monthly pay per grade the bureau adjusts.
 */
export const CommunityWorkers1796200000003 = sqlMigration(
  'CommunityWorkers',
  1796200000003,
  [
    `CREATE TABLE worker_grade_scale (
      post varchar(10) NOT NULL CHECK (post IN ('head', 'deputy', 'officer')),
      grade smallint NOT NULL CHECK (grade BETWEEN 1 AND 18),
      monthly_pay_fen bigint NOT NULL CHECK (monthly_pay_fen > 0),
      PRIMARY KEY (post, grade)
    )`,
    `INSERT INTO worker_grade_scale (post, grade, monthly_pay_fen)
      SELECT 'head', g, 780000 + (g - 7) * 45000 FROM generate_series(7, 18) g
      UNION ALL SELECT 'deputy', g, 700000 + (g - 4) * 42000 FROM generate_series(4, 15) g
      UNION ALL SELECT 'officer', g, 600000 + (g - 1) * 40000 FROM generate_series(1, 12) g`,
    `CREATE TABLE community_post (
      id uuid PRIMARY KEY,
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      post varchar(10) NOT NULL CHECK (post IN ('head', 'deputy', 'officer')),
      title varchar(100) NOT NULL
    )`,
    `CREATE INDEX community_post_by_division ON community_post (committee_code text_pattern_ops, id)`,
    `CREATE TABLE community_worker (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      post_id uuid NOT NULL REFERENCES community_post (id),
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      post varchar(10) NOT NULL,
      grade smallint NOT NULL,
      appointed_on date NOT NULL,
      left_on date,
      leave_reason varchar(200),
      version integer NOT NULL,
      FOREIGN KEY (post, grade) REFERENCES worker_grade_scale (post, grade)
    )`,
    // One holder per post, one post per person at a time.
    `CREATE UNIQUE INDEX community_worker_one_per_post ON community_worker (post_id) WHERE left_on IS NULL`,
    `CREATE UNIQUE INDEX community_worker_one_post_each ON community_worker (citizen_id) WHERE left_on IS NULL`,
    `CREATE TABLE worker_training (
      id bigserial PRIMARY KEY,
      worker_id uuid NOT NULL REFERENCES community_worker (id),
      course varchar(200) NOT NULL,
      hours numeric(6, 1) NOT NULL,
      completed_on date NOT NULL
    )`,
    `CREATE INDEX worker_training_of ON worker_training (worker_id, id)`,
  ],
  ['DROP TABLE worker_training', 'DROP TABLE community_worker', 'DROP TABLE community_post', 'DROP TABLE worker_grade_scale'],
);
