import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ImportJobView, ImportQueries, ImportReportLine } from '../application/import-queries';

/** Adapter of the import query port. */
@Injectable()
export class SqlImportQueries implements ImportQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async get(id: string): Promise<ImportJobView | null> {
    const [j] = await this.uow.manager().query(
      `SELECT id, status, total_rows, processed_rows, accepted_rows, rejected_rows, households_created, submitted_by, submitted_system, districts, created_at, completed_at
       FROM household_import WHERE id = $1`,
      [id],
    );
    if (!j) return null;
    return {
      id: j.id,
      status: j.status,
      totalRows: j.total_rows,
      processedRows: j.processed_rows,
      acceptedRows: j.accepted_rows,
      rejectedRows: j.rejected_rows,
      householdsCreated: j.households_created,
      uploader: { subject: j.submitted_by, system: j.submitted_system, districts: j.districts },
      createdAt: j.created_at.toISOString(),
      completedAt: j.completed_at?.toISOString() ?? null,
    };
  }

  async reportAfter(id: string, afterRow: number, limit: number): Promise<ImportReportLine[]> {
    const rows = await this.uow
      .manager()
      .query(
        `SELECT row_number, household_ref, outcome, household_id, errors FROM household_import_row WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
        [id, afterRow, limit],
      );
    return rows.map((r: { row_number: number; household_ref: string; outcome: string | null; household_id: string | null; errors: string[] | null }) => ({
      rowNumber: r.row_number,
      householdRef: r.household_ref,
      outcome: r.outcome,
      householdId: r.household_id,
      errors: r.errors,
    }));
  }
}
