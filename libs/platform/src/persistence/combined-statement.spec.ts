import { combineStatements, tableWrittenBy } from './combined-statement';

describe('combined statement (one round trip at commit)', () => {
  it('renumbers each statement’s placeholders after the previous ones and counts the rows each touched', () => {
    const combined = combineStatements([
      { sql: 'INSERT INTO a (x, y) VALUES ($1, $2)', params: [1, 2] },
      { sql: 'UPDATE b SET v = $2 WHERE id = $1 AND version = $3 RETURNING id', params: ['b1', 'v', 3] },
      { sql: 'INSERT INTO c (z) VALUES ($1), ($1)', params: ['z'] },
    ]);
    expect(combined.sql).toBe(
      'WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2) RETURNING 1),\n' +
        'w1 AS (UPDATE b SET v = $4 WHERE id = $3 AND version = $5 RETURNING id),\n' +
        'w2 AS (INSERT INTO c (z) VALUES ($6), ($6) RETURNING 1)\n' +
        'SELECT (SELECT count(*) FROM w0)::int AS w0, (SELECT count(*) FROM w1)::int AS w1, (SELECT count(*) FROM w2)::int AS w2',
    );
    expect(combined.params).toEqual([1, 2, 'b1', 'v', 3, 'z']);
  });

  it('names the table a statement writes', () => {
    expect(tableWrittenBy('INSERT INTO "assistance".outbox (a) VALUES ($1)')).toBe('outbox');
    expect(tableWrittenBy('  update application SET x = 1')).toBe('application');
    expect(tableWrittenBy('DELETE FROM plot WHERE id = $1')).toBe('plot');
    expect(tableWrittenBy('SELECT 1')).toBeUndefined();
  });
});
