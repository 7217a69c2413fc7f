import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CareWorkerFilter, CareWorkerQueries, CareWorkerView, careWorkerView } from '../application/care-worker-queries';
import { CARE_WORKER_COLUMNS, loadCareWorkers } from './sql-care-worker.repository';

/** Adapter of the care worker query port. */
@Injectable()
export class SqlCareWorkerQueries implements CareWorkerQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'care_worker', id);
  }

  async get(id: string): Promise<CareWorkerView | null> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${CARE_WORKER_COLUMNS} FROM care_worker WHERE id = $1`, [id]);
    const [worker] = await loadCareWorkers(manager, rows);
    return worker ? careWorkerView(worker) : null;
  }

  async list(filter: CareWorkerFilter, page: PageQuery): Promise<{ items: CareWorkerView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.facilityId) where.add('facility_id = ?', filter.facilityId);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.skillLevel !== undefined) where.add('skill_level = ?', filter.skillLevel);
    if (filter.citizenId) where.add('citizen_id = ?', filter.citizenId);
    const manager = this.uow.manager();
    const { rows, total } = await pageQuery(manager, { columns: CARE_WORKER_COLUMNS, from: 'care_worker', where, order: 'name, id' }, page);
    return { items: (await loadCareWorkers(manager, rows)).map(careWorkerView), total };
  }
}
