import { sqlMigration } from '@civic/platform';

/** 探访任务: visits planned for elders the community tagged living alone; one open task per elder and reason. */
export const VisitTasks1796000000004 = sqlMigration(
  'VisitTasks',
  1796000000004,
  [
    `CREATE TABLE visit_task (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(100) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      reason varchar(40) NOT NULL,
      status varchar(8) NOT NULL CHECK (status IN ('open', 'closed')),
      visited_on date,
      outcome varchar(1000),
      closed_by varchar(200),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX visit_task_one_open ON visit_task (citizen_id, reason) WHERE status = 'open'`,
    `CREATE INDEX visit_task_district ON visit_task (district_code, status, created_at)`,
  ],
  ['DROP TABLE visit_task'],
);
