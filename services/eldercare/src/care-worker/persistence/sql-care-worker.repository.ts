import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, recordedBy, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CareWorker, careWorkerAlreadyEmployed, CareWorkerChange } from '../domain/care-worker';
import { CareWorkerRepository } from '../domain/care-worker.repository';

export const CARE_WORKER_COLUMNS = `id, facility_id, division_code, citizen_id, name, skill_level, hired_on::text, status, left_on::text, left_reason, version`;

/** Adapter: `care_worker` and `care_worker_training`. */
@Injectable()
export class SqlCareWorkerRepository implements CareWorkerRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<CareWorker | null> {
    const manager = this.uow.manager();
    const [row] = await manager.query(`SELECT ${CARE_WORKER_COLUMNS} FROM care_worker WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? (await loadCareWorkers(manager, [row]))[0] : null;
  }

  async save(worker: CareWorker, expectedVersion: number | null, changes: CareWorkerChange[]): Promise<void> {
    const s = worker.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO care_worker (id, facility_id, division_code, district_code, citizen_id, name, skill_level, hired_on, status, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [
              s.id,
              s.facilityId,
              s.divisionCode,
              districtOf(s.divisionCode),
              s.citizenId.value,
              s.name,
              s.skillLevel,
              s.hiredOn.toString(),
              s.status,
              s.version,
            ],
          ),
        { care_worker_one_facility_at_a_time: careWorkerAlreadyEmployed },
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE care_worker SET skill_level = $2, status = $3, left_on = $4, left_reason = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
        [s.id, s.skillLevel, s.status, s.leftOn?.toString() ?? null, s.leftReason, s.version, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) {
      if (change.kind !== 'trained') continue;
      const t = change.training;
      await tx.query(
        `INSERT INTO care_worker_training (id, worker_id, course, provider, hours, completed_on, level_attained, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [t.id, s.id, t.course, t.provider, t.hours, t.completedOn.toString(), t.levelAttained, recordedBy()],
      );
    }
  }
}

/** Rows of `care_worker` with their trainings, in one more query for the whole page. */
export async function loadCareWorkers(manager: EntityManager, rows: Record<string, any>[]): Promise<CareWorker[]> {
  if (rows.length === 0) return [];
  const trainings: Record<string, any>[] = await manager.query(
    `SELECT id, worker_id, course, provider, hours, completed_on::text, level_attained FROM care_worker_training
      WHERE worker_id = ANY($1) ORDER BY completed_on, recorded_at, id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((row) =>
    CareWorker.restore({
      id: row.id,
      facilityId: row.facility_id,
      divisionCode: row.division_code,
      citizenId: CitizenId.parse(row.citizen_id),
      name: row.name,
      skillLevel: row.skill_level,
      hiredOn: BusinessDate.parse(row.hired_on),
      status: row.status,
      leftOn: row.left_on === null ? null : BusinessDate.parse(row.left_on),
      leftReason: row.left_reason,
      trainings: trainings
        .filter((t) => t.worker_id === row.id)
        .map((t) => ({
          id: t.id,
          course: t.course,
          provider: t.provider,
          hours: t.hours,
          completedOn: BusinessDate.parse(t.completed_on),
          levelAttained: t.level_attained,
        })),
      version: row.version,
    }),
  );
}
