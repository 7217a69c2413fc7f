/**
 * Builds a parameterised WHERE clause: each condition is written with `?` placeholders, numbered
 * `$n` here, so values never enter the SQL text.
 */
export class SqlWhere {
  private readonly conditions: string[] = [];
  private readonly values: unknown[] = [];
  private extra = 0;

  add(condition: string, ...values: unknown[]): this {
    let sql = condition;
    for (const value of values) {
      this.values.push(value);
      sql = sql.replace('?', `$${this.values.length}`);
    }
    this.conditions.push(sql);
    return this;
  }

  sql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'true';
  }

  params(): unknown[] {
    return [...this.values];
  }

  /** The next free placeholder after the conditions', for LIMIT/OFFSET and the like. */
  next(): string {
    this.extra += 1;
    return `$${this.values.length + this.extra}`;
  }
}

/**
 * One page of `SELECT <columns> FROM <table> WHERE <where> ORDER BY <order>` and the count of all
 * matching rows: what every list endpoint answers with.
 */
export async function pageQuery<T = Record<string, any>>(
  db: { query(sql: string, params: unknown[]): Promise<any> },
  query: { columns: string; from: string; where: SqlWhere; order: string },
  page: { limit: number; offset: number },
): Promise<{ rows: T[]; total: number }> {
  const { where } = query;
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM ${query.from} WHERE ${where.sql()}`, where.params());
  const rows = await db.query(
    `SELECT ${query.columns} FROM ${query.from} WHERE ${where.sql()} ORDER BY ${query.order} LIMIT ${where.next()} OFFSET ${where.next()}`,
    [...where.params(), page.limit, page.offset],
  );
  return { rows, total };
}
