import { quoteIdent } from '@civic/messaging';

/** The read model's table, created by each consuming service's own migration. */
export function divisionReadModelSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.division (
      code varchar(12) PRIMARY KEY,
      name varchar(100) NOT NULL,
      level varchar(12) NOT NULL,
      parent_code varchar(12),
      valid_from date NOT NULL,
      valid_to date,
      status varchar(10) NOT NULL,
      last_event_id uuid NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX division_parent ON ${s}.division (parent_code)`,
  ];
}
