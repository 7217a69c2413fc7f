import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ImportFields, ImportRow } from '../domain/import-rows';

export interface ImportJobRow {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  total_rows: number;
  processed_rows: number;
  accepted_rows: number;
  rejected_rows: number;
  households_created: number;
  submitted_by: string;
  submitted_system: string;
  districts: string[];
  created_at: Date;
  completed_at: Date | null;
  last_error: string | null;
}

const CHUNK = 5000;

/** Adapter: import jobs, their uploaded rows and each row's outcome. */
@Injectable()
export class ImportStore {
  constructor(private readonly uow: UnitOfWork) {}

  async create(id: string, rows: ImportFields[], by: { subject: string; system: string; districts: string[] }): Promise<void> {
    const tx = this.uow.transaction();
    await tx.query(`INSERT INTO household_import (id, status, total_rows, submitted_by, submitted_system, districts) VALUES ($1, 'queued', $2, $3, $4, $5)`, [
      id,
      rows.length,
      by.subject,
      by.system,
      by.districts,
    ]);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((fields, j) => ({ n: i + j + 1, ref: fields.householdRef, fields }));
      await tx.query(
        `INSERT INTO household_import_row (import_id, row_number, household_ref, fields) SELECT $1, r.n, r.ref, r.fields FROM jsonb_to_recordset($2::jsonb) AS r(n int, ref text, fields jsonb)`,
        [id, JSON.stringify(chunk)],
      );
    }
  }

  async find(id: string, db: EntityManager = this.uow.manager()): Promise<ImportJobRow | null> {
    const [row] = await db.query(`SELECT * FROM household_import WHERE id = $1`, [id]);
    return row ?? null;
  }

  async pending(db: EntityManager): Promise<string[]> {
    return (await db.query(`SELECT id FROM household_import WHERE status IN ('queued', 'running') ORDER BY created_at`)).map((r: { id: string }) => r.id);
  }

  async markRunning(db: EntityManager, id: string): Promise<boolean> {
    return (
      (await queryReturning(db, `UPDATE household_import SET status = 'running' WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`, [id]))
        .length === 1
    );
  }

  /** The next households not yet processed, all their rows, in file order. */
  async nextHouseholds(db: EntityManager, id: string, households: number): Promise<ImportRow[][]> {
    const rows = await db.query(
      `WITH refs AS (SELECT household_ref, min(row_number) AS first FROM household_import_row WHERE import_id = $1 AND outcome IS NULL GROUP BY household_ref ORDER BY first LIMIT $2)
       SELECT r.row_number, r.household_ref, r.fields FROM household_import_row r JOIN refs USING (household_ref) WHERE r.import_id = $1 ORDER BY refs.first, r.row_number`,
      [id, households],
    );
    const groups = new Map<string, ImportRow[]>();
    for (const r of rows) {
      const group = groups.get(r.household_ref) ?? [];
      group.push({ rowNumber: r.row_number, fields: r.fields });
      groups.set(r.household_ref, group);
    }
    return [...groups.values()];
  }

  /** Records the outcome of one household's rows and moves the counters, in the caller's transaction. */
  async recordOutcome(db: EntityManager, id: string, rows: ImportRow[], outcome: { householdId: string } | { errors: Map<number, string> }): Promise<void> {
    const accepted = 'householdId' in outcome;
    await db.query(
      `UPDATE household_import_row r SET outcome = $3, household_id = $4, errors = e.errors FROM jsonb_to_recordset($2::jsonb) AS e(n int, errors jsonb) WHERE r.import_id = $1 AND r.row_number = e.n`,
      [
        id,
        JSON.stringify(
          rows.map((r) => ({ n: r.rowNumber, errors: accepted ? null : [outcome.errors.get(r.rowNumber) ?? 'another row of this household was rejected'] })),
        ),
        accepted ? 'accepted' : 'rejected',
        accepted ? outcome.householdId : null,
      ],
    );
    await db.query(
      `UPDATE household_import SET processed_rows = processed_rows + $2, accepted_rows = accepted_rows + $3, rejected_rows = rejected_rows + $4, households_created = households_created + $5 WHERE id = $1`,
      [id, rows.length, accepted ? rows.length : 0, accepted ? 0 : rows.length, accepted ? 1 : 0],
    );
  }

  async complete(db: EntityManager, id: string, error?: string): Promise<void> {
    await db.query(`UPDATE household_import SET status = $2, completed_at = now(), last_error = $3 WHERE id = $1`, [
      id,
      error ? 'failed' : 'completed',
      error ?? null,
    ]);
  }

  async reportAfter(
    id: string,
    afterRow: number,
    limit: number,
  ): Promise<{ row_number: number; household_ref: string; outcome: string | null; household_id: string | null; errors: string[] | null }[]> {
    return this.uow
      .manager()
      .query(
        `SELECT row_number, household_ref, outcome, household_id, errors FROM household_import_row WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
        [id, afterRow, limit],
      );
  }
}
