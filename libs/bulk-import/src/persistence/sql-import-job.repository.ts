import { queryReturning, UnitOfWork } from '@civic/platform';
import { ImportJob, ImportRow, RowOutcome, Uploader } from '../domain/import-job';
import { ImportJobRepository } from '../domain/import-job.repository';

/** A service's import tables and the names it gives the group, its result and the groups made (constants, never input). */
export interface ImportTables {
  job: string;
  row: string;
  groupColumn: string;
  resultColumn: string;
  createdColumn: string;
}

const CHUNK = 5000;

/**
 * Adapter of the import job repository over a service's two tables (`importTablesSql` makes them):
 * the job with its counters, and its rows with their outcome. A service's repository extends it with its tables.
 */
export class SqlImportJobRepository<F = Record<string, string>> implements ImportJobRepository<F> {
  constructor(
    protected readonly uow: UnitOfWork,
    private readonly t: ImportTables,
  ) {}

  async create(id: string, rows: { groupRef: string; fields: F }[], by: Uploader): Promise<void> {
    const tx = this.uow.transaction();
    await tx.query(`INSERT INTO ${this.t.job} (id, status, total_rows, submitted_by, submitted_system, districts) VALUES ($1, 'queued', $2, $3, $4, $5)`, [
      id,
      rows.length,
      by.subject,
      by.system,
      by.districts,
    ]);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await tx.query(
        `INSERT INTO ${this.t.row} (import_id, row_number, ${this.t.groupColumn}, fields)
         SELECT $1, $2::int + n, g, f FROM unnest($3::text[], $4::jsonb[]) WITH ORDINALITY AS r(g, f, n)`,
        [id, i, chunk.map((r) => r.groupRef), chunk.map((r) => JSON.stringify(r.fields))],
      );
    }
  }

  async find(id: string): Promise<ImportJob | null> {
    const [row] = await this.uow.manager().query(`SELECT id, status, submitted_by, submitted_system, districts FROM ${this.t.job} WHERE id = $1`, [id]);
    return row ? { id: row.id, status: row.status, uploader: { subject: row.submitted_by, system: row.submitted_system, districts: row.districts } } : null;
  }

  async pending(): Promise<string[]> {
    const rows: { id: string }[] = await this.uow.manager().query(`SELECT id FROM ${this.t.job} WHERE status IN ('queued', 'running') ORDER BY created_at`);
    return rows.map((r) => r.id);
  }

  async markRunning(id: string): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.manager(),
      `UPDATE ${this.t.job} SET status = 'running' WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  /**
   * The groups of the next unprocessed rows in file order, each with all its unprocessed rows: two
   * index reads (the next rows; their groups' rows), never a scan of the file, however long.
   */
  async nextGroups(id: string, rows: number): Promise<ImportRow<F>[][]> {
    const db = this.uow.manager();
    const next: { ref: string }[] = await db.query(
      `SELECT ${this.t.groupColumn} AS ref FROM ${this.t.row} WHERE import_id = $1 AND outcome IS NULL ORDER BY row_number LIMIT $2`,
      [id, rows],
    );
    if (next.length === 0) return [];
    const found = await db.query(
      `SELECT row_number, ${this.t.groupColumn} AS ref, fields FROM ${this.t.row}
        WHERE import_id = $1 AND ${this.t.groupColumn} = ANY($2::text[]) AND outcome IS NULL ORDER BY row_number`,
      [id, [...new Set(next.map((r) => r.ref))]],
    );
    // Groups in the order of their first row.
    const byGroup = new Map<string, ImportRow<F>[]>();
    for (const r of found) {
      const group = byGroup.get(r.ref) ?? [];
      group.push({ rowNumber: r.row_number, groupRef: r.ref, fields: r.fields });
      byGroup.set(r.ref, group);
    }
    return [...byGroup.values()];
  }

  async recordOutcomes(id: string, outcomes: RowOutcome[], created: number): Promise<void> {
    if (outcomes.length === 0) return;
    const tx = this.uow.transaction();
    const accepted = outcomes.filter((o) => o.accepted).length;
    await tx.query(
      `UPDATE ${this.t.row} r SET outcome = CASE WHEN e.ok THEN 'accepted' ELSE 'rejected' END, ${this.t.resultColumn} = e.result, errors = e.errors
         FROM unnest($2::int[], $3::bool[], $4::uuid[], $5::jsonb[]) AS e(n, ok, result, errors) WHERE r.import_id = $1 AND r.row_number = e.n`,
      [
        id,
        outcomes.map((o) => o.rowNumber),
        outcomes.map((o) => o.accepted),
        outcomes.map((o) => (o.accepted ? o.resultId : null)),
        outcomes.map((o) => (o.accepted ? null : JSON.stringify([o.error]))),
      ],
    );
    await tx.query(
      `UPDATE ${this.t.job} SET processed_rows = processed_rows + $2, accepted_rows = accepted_rows + $3, rejected_rows = rejected_rows + $4,
         ${this.t.createdColumn} = ${this.t.createdColumn} + $5 WHERE id = $1`,
      [id, outcomes.length, accepted, outcomes.length - accepted, created],
    );
  }

  async complete(id: string, error?: string): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE ${this.t.job} SET status = $2, completed_at = now(), last_error = $3 WHERE id = $1`, [id, error ? 'failed' : 'completed', error ?? null]);
  }
}

/**
 * The two tables of a service's bulk import, for its migration: `<prefix>_import` (the job, its
 * counters and uploader) and `<prefix>_import_row` (each row, its group, outcome and result), with
 * the indexes the worker reads by (unprocessed rows in file order; a group's rows).
 */
export function importTablesSql(prefix: string): string[] {
  return [
    `CREATE TABLE ${prefix}_import (
      id uuid PRIMARY KEY,
      status varchar(12) NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
      total_rows integer NOT NULL,
      processed_rows integer NOT NULL DEFAULT 0,
      accepted_rows integer NOT NULL DEFAULT 0,
      rejected_rows integer NOT NULL DEFAULT 0,
      groups_created integer NOT NULL DEFAULT 0,
      submitted_by varchar(200) NOT NULL,
      submitted_system varchar(200) NOT NULL,
      districts varchar(6)[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      last_error varchar(2000)
    )`,
    `CREATE TABLE ${prefix}_import_row (
      import_id uuid NOT NULL REFERENCES ${prefix}_import (id),
      row_number integer NOT NULL,
      group_ref varchar(250) NOT NULL,
      fields jsonb NOT NULL,
      outcome varchar(10) CHECK (outcome IN ('accepted', 'rejected')),
      result_id uuid,
      errors jsonb,
      PRIMARY KEY (import_id, row_number)
    )`,
    `CREATE INDEX ${prefix}_import_row_unprocessed ON ${prefix}_import_row (import_id, row_number) WHERE outcome IS NULL`,
    `CREATE INDEX ${prefix}_import_row_group ON ${prefix}_import_row (import_id, group_ref)`,
  ];
}

/** The tables `importTablesSql(prefix)` makes, as the repository and queries name them. */
export function importTables(prefix: string): ImportTables {
  return { job: `${prefix}_import`, row: `${prefix}_import_row`, groupColumn: 'group_ref', resultColumn: 'result_id', createdColumn: 'groups_created' };
}
