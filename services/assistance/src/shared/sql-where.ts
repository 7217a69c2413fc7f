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
