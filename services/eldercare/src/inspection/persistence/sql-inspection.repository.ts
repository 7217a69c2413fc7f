import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, recordedBy, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Inspection, InspectionKind } from '../domain/inspection';
import { InspectionRepository } from '../domain/inspection.repository';

export const INSPECTION_COLUMNS = `id, facility_id, division_code, kind, inspected_on::text, inspector, version`;

/** Adapter: `inspection` and `inspection_finding`. */
@Injectable()
export class SqlInspectionRepository implements InspectionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Inspection | null> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${INSPECTION_COLUMNS} FROM inspection WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return (await loadInspections(manager, rows))[0] ?? null;
  }

  async save(inspection: Inspection, expectedVersion: number | null): Promise<void> {
    const s = inspection.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO inspection (id, facility_id, division_code, district_code, kind, inspected_on, inspector, recorded_by, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [s.id, s.facilityId, s.divisionCode, districtOf(s.divisionCode), s.kind, s.inspectedOn.toString(), s.inspector, recordedBy(), s.version],
      );
      for (const [position, f] of s.findings.entries()) {
        await tx.query(`INSERT INTO inspection_finding (id, inspection_id, position, description, rectify_by) VALUES ($1, $2, $3, $4, $5)`, [
          f.id,
          s.id,
          position,
          f.description,
          f.rectifyBy.toString(),
        ]);
      }
      return;
    }
    const rows = await queryReturning(tx, `UPDATE inspection SET version = $2 WHERE id = $1 AND version = $3 RETURNING id`, [s.id, s.version, expectedVersion]);
    if (rows.length !== 1) throw new ConcurrentUpdateError();
    for (const f of s.findings) {
      await tx.query(`UPDATE inspection_finding SET rectified_on = $2, rectification_note = $3, overdue_on = $4 WHERE id = $1`, [
        f.id,
        f.rectifiedOn?.toString() ?? null,
        f.rectificationNote,
        f.overdueOn?.toString() ?? null,
      ]);
    }
  }

  async withNewlyOverdue(today: string, limit: number): Promise<string[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT DISTINCT inspection_id FROM inspection_finding WHERE rectified_on IS NULL AND overdue_on IS NULL AND rectify_by < $1 LIMIT $2`, [
        today,
        limit,
      ]);
    return rows.map((r: { inspection_id: string }) => r.inspection_id);
  }
}

/** Rows of `inspection` with their findings, in one more query for the whole page. */
export async function loadInspections(manager: EntityManager, rows: Record<string, any>[]): Promise<Inspection[]> {
  if (rows.length === 0) return [];
  const findings: Record<string, any>[] = await manager.query(
    `SELECT id, inspection_id, description, rectify_by::text, rectified_on::text, rectification_note, overdue_on::text
       FROM inspection_finding WHERE inspection_id = ANY($1) ORDER BY inspection_id, position`,
    [rows.map((r) => r.id)],
  );
  const date = (text: string | null) => (text === null ? null : BusinessDate.parse(text));
  return rows.map((row) =>
    Inspection.restore({
      id: row.id,
      facilityId: row.facility_id,
      divisionCode: row.division_code,
      kind: row.kind as InspectionKind,
      inspectedOn: BusinessDate.parse(row.inspected_on),
      inspector: row.inspector,
      findings: findings
        .filter((f) => f.inspection_id === row.id)
        .map((f) => ({
          id: f.id,
          description: f.description,
          rectifyBy: BusinessDate.parse(f.rectify_by),
          rectifiedOn: date(f.rectified_on),
          rectificationNote: f.rectification_note,
          overdueOn: date(f.overdue_on),
        })),
      version: row.version,
    }),
  );
}
