import { queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HouseholdOutcome, ImportJob, Uploader } from '../domain/import-job';
import { ImportJobRepository } from '../domain/import-job.repository';
import { ImportFields, ImportRow } from '../domain/import-rows';

const CHUNK = 5000;

/** Adapter: `household_import` and `household_import_row`. */
@Injectable()
export class SqlImportJobRepository implements ImportJobRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async create(id: string, rows: ImportFields[], by: Uploader): Promise<void> {
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

  async find(id: string): Promise<ImportJob | null> {
    const [row] = await this.uow.manager().query(`SELECT id, status, submitted_by, submitted_system, districts FROM household_import WHERE id = $1`, [id]);
    return row ? { id: row.id, status: row.status, uploader: { subject: row.submitted_by, system: row.submitted_system, districts: row.districts } } : null;
  }

  async pending(): Promise<string[]> {
    const rows: { id: string }[] = await this.uow.manager().query(`SELECT id FROM household_import WHERE status IN ('queued', 'running') ORDER BY created_at`);
    return rows.map((r) => r.id);
  }

  async markRunning(id: string): Promise<boolean> {
    const rows = await queryReturning(
      this.uow.manager(),
      `UPDATE household_import SET status = 'running' WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  async nextHouseholds(id: string, households: number): Promise<ImportRow[][]> {
    const rows = await this.uow.manager().query(
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

  async recordOutcome(id: string, rows: ImportRow[], outcome: HouseholdOutcome): Promise<void> {
    const tx = this.uow.transaction();
    const accepted = 'householdId' in outcome;
    await tx.query(
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
    await tx.query(
      `UPDATE household_import SET processed_rows = processed_rows + $2, accepted_rows = accepted_rows + $3, rejected_rows = rejected_rows + $4, households_created = households_created + $5 WHERE id = $1`,
      [id, rows.length, accepted ? rows.length : 0, accepted ? 0 : rows.length, accepted ? 1 : 0],
    );
  }

  async complete(id: string, error?: string): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE household_import SET status = $2, completed_at = now(), last_error = $3 WHERE id = $1`, [
        id,
        error ? 'failed' : 'completed',
        error ?? null,
      ]);
  }
}
