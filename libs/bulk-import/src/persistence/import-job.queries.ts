import { UnitOfWork } from '@civic/platform';
import { ImportJobQueries, ImportJobView, ImportReportLine } from '../application/import-job-queries';
import { ImportTables } from './sql-import-job.repository';

/** Adapter of the import query port over a service's two tables: progress and the per-row report. A service's adapter extends it with its tables. */
export class SqlImportJobQueries implements ImportJobQueries {
  constructor(
    protected readonly uow: UnitOfWork,
    private readonly t: ImportTables,
  ) {}

  async view(id: string): Promise<ImportJobView | null> {
    const [j] = await this.uow.manager().query(
      `SELECT id, status, total_rows, processed_rows, accepted_rows, rejected_rows, ${this.t.createdColumn} AS created, submitted_by, submitted_system, districts,
              created_at, completed_at FROM ${this.t.job} WHERE id = $1`,
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
      created: j.created,
      uploader: { subject: j.submitted_by, system: j.submitted_system, districts: j.districts },
      createdAt: j.created_at.toISOString(),
      completedAt: j.completed_at?.toISOString() ?? null,
    };
  }

  async reportAfter(id: string, afterRow: number, limit: number): Promise<ImportReportLine[]> {
    const rows = await this.uow.manager().query(
      `SELECT row_number, ${this.t.groupColumn} AS ref, outcome, ${this.t.resultColumn} AS result, errors FROM ${this.t.row}
        WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
      [id, afterRow, limit],
    );
    return rows.map((r: Record<string, any>) => ({ rowNumber: r.row_number, groupRef: r.ref, outcome: r.outcome, resultId: r.result, errors: r.errors }));
  }
}
