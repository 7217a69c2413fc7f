/** One parameterised SQL statement (`$n` placeholders). */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** A write held until the unit of work flushes, with what its outcome means. */
export interface DeferredWrite extends SqlStatement {
  /** Rows it must touch (an optimistic `UPDATE ... WHERE version = $n`): otherwise 409, another request won. */
  expectRows?: number;
  /** Constraint violations it can cause, as the domain errors they mean. */
  constraints?: Record<string, () => Error>;
}

/**
 * Several data-modifying statements as one: each becomes a CTE of a single statement (so one
 * round trip and one snapshot), its `$n` placeholders renumbered after the previous ones', and the
 * statement answers how many rows each touched (`w0`, `w1`, ...). Postgres runs every
 * data-modifying CTE, checks constraints at the end of the statement, and none of them sees the
 * others' rows, so two writes of the same row must not be combined (the unit of work flushes first).
 */
export function combineStatements(statements: readonly SqlStatement[]): SqlStatement {
  const params: unknown[] = [];
  const ctes = statements.map((statement, i) => {
    const offset = params.length;
    params.push(...statement.params);
    const sql = statement.sql.trim().replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`);
    return `w${i} AS (${/\breturning\b/i.test(sql) ? sql : `${sql} RETURNING 1`})`;
  });
  const counts = statements.map((_s, i) => `(SELECT count(*) FROM w${i})::int AS w${i}`);
  return { sql: `WITH ${ctes.join(',\n')}\nSELECT ${counts.join(', ')}`, params };
}

/** The table a data-modifying statement writes (for keeping two writes of one table apart). */
export function tableWrittenBy(sql: string): string | undefined {
  return /^\s*(?:insert\s+into|update|delete\s+from)\s+([\w."]+)/i.exec(sql)?.[1]?.replace(/"/g, '').split('.').pop();
}
