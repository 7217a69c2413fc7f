import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CoverageRow, WorkstationQueries, WorkstationView, workstationView } from '../application/workstation-queries';
import { loadWorkstations, WORKSTATION_COLUMNS } from './sql-workstation.repository';

/** Adapter of the workstation query port. */
@Injectable()
export class SqlWorkstationQueries implements WorkstationQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'workstation', id);
  }

  async get(id: string): Promise<WorkstationView | null> {
    const manager = this.uow.manager();
    const [station] = await loadWorkstations(manager, await manager.query(`SELECT ${WORKSTATION_COLUMNS} FROM workstation WHERE id = $1`, [id]));
    return station ? workstationView(station) : null;
  }

  async list(filter: { divisionCode?: string }, page: PageQuery): Promise<{ items: WorkstationView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    const manager = this.uow.manager();
    const { rows, total } = await pageQuery(manager, { columns: WORKSTATION_COLUMNS, from: 'workstation', where, order: 'division_code, id' }, page);
    return { items: (await loadWorkstations(manager, rows)).map(workstationView), total };
  }

  async coverage(divisionCode?: string): Promise<CoverageRow[]> {
    // Sub-districts in force come from the division read model (community's events).
    const where = districtFilter('left(d.code, 6)', divisionCode ? { column: 'd.code', prefix: divisionCode } : undefined);
    where.add(`d.level = 'township'`);
    where.add(`d.status = 'active'`);
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT left(d.code, 6) AS district_code, count(*)::int AS sub_districts, count(w.id)::int AS with_workstation,
              coalesce(sum((SELECT count(*) FROM workstation_staff s WHERE s.workstation_id = w.id AND s.role = 'director' AND s.left_on IS NULL)), 0)::int AS directors
         FROM division d LEFT JOIN workstation w ON w.division_code = d.code
        WHERE ${where.sql()}
        GROUP BY left(d.code, 6) ORDER BY 1`,
      where.params(),
    );
    return rows.map((r) => ({
      districtCode: r.district_code,
      subDistricts: r.sub_districts,
      withWorkstation: r.with_workstation,
      coveragePercent: r.sub_districts === 0 ? 0 : Math.round((r.with_workstation * 1000) / r.sub_districts) / 10,
      directors: r.directors,
      directorsPerWorkstation: r.with_workstation === 0 ? 0 : Math.round((r.directors * 10) / r.with_workstation) / 10,
    }));
  }
}
