import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { VisitTask } from '../domain/visit-task';
import { VisitTaskRepository } from '../domain/visit-task.repository';

export const VISIT_COLUMNS = `id, citizen_id, name, division_code, reason, status, visited_on::text, outcome, closed_by, created_at, version`;

/** Adapter: `visit_task`; the partial unique index keeps one open task per elder and reason, even for events applied at once. */
@Injectable()
export class SqlVisitTaskRepository implements VisitTaskRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<VisitTask | null> {
    const [row] = await this.uow.manager().query(`SELECT ${VISIT_COLUMNS} FROM visit_task WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toTask(row) : null;
  }

  async addUnlessOpen(task: VisitTask): Promise<boolean> {
    const s = task.snapshot();
    const rows = await queryReturning(
      this.uow.transaction(),
      `INSERT INTO visit_task (id, citizen_id, name, division_code, district_code, reason, status, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (citizen_id, reason) WHERE status = 'open' DO NOTHING RETURNING id`,
      [s.id, s.citizenId, s.name, s.divisionCode, districtOf(s.divisionCode), s.reason, s.status, s.version],
    );
    return rows.length === 1;
  }

  async save(task: VisitTask, expectedVersion: number, closedBy: string): Promise<void> {
    const s = task.snapshot();
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE visit_task SET status = $2, visited_on = $3, outcome = $4, closed_by = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
      [s.id, s.status, s.visitedOn?.toString() ?? null, s.outcome, closedBy, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }
}

export function toTask(row: Record<string, any>): VisitTask {
  return VisitTask.restore({
    id: row.id,
    citizenId: row.citizen_id,
    name: row.name,
    divisionCode: row.division_code,
    reason: row.reason,
    status: row.status,
    visitedOn: row.visited_on ? BusinessDate.parse(row.visited_on) : null,
    outcome: row.outcome,
    version: row.version,
  });
}
