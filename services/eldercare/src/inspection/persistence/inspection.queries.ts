import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { InspectionFilter, InspectionQueries, InspectionView, inspectionView, OverdueRectificationView } from '../application/inspection-queries';
import { INSPECTION_COLUMNS, loadInspections } from './sql-inspection.repository';

/** Adapter of the inspection query port. */
@Injectable()
export class SqlInspectionQueries implements InspectionQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'inspection', id);
  }

  async get(id: string): Promise<InspectionView | null> {
    const manager = this.uow.manager();
    const [inspection] = await loadInspections(manager, await manager.query(`SELECT ${INSPECTION_COLUMNS} FROM inspection WHERE id = $1`, [id]));
    return inspection ? inspectionView(inspection) : null;
  }

  async list(filter: InspectionFilter, page: PageQuery): Promise<{ items: InspectionView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.facilityId) where.add('facility_id = ?', filter.facilityId);
    if (filter.kind) where.add('kind = ?', filter.kind);
    const manager = this.uow.manager();
    const { rows, total } = await pageQuery(manager, { columns: INSPECTION_COLUMNS, from: 'inspection', where, order: 'inspected_on DESC, id' }, page);
    return { items: (await loadInspections(manager, rows)).map(inspectionView), total };
  }

  async overdue(today: string, filter: { divisionCode?: string }, page: PageQuery): Promise<{ items: OverdueRectificationView[]; total: number }> {
    const where = districtFilter('i.district_code', filter.divisionCode ? { column: 'i.division_code', prefix: filter.divisionCode } : undefined);
    where.add('f.rectified_on IS NULL');
    where.add('f.rectify_by < ?', today);
    const { rows, total } = await pageQuery(
      this.uow.manager(),
      {
        columns: `i.id AS inspection_id, f.id AS finding_id, i.facility_id, fa.name AS facility_name, i.division_code, i.district_code, i.kind,
          i.inspected_on::text, f.description, f.rectify_by::text`,
        from: 'inspection_finding f JOIN inspection i ON i.id = f.inspection_id JOIN facility fa ON fa.id = i.facility_id',
        where,
        order: 'i.district_code, f.rectify_by, f.id',
      },
      page,
    );
    const todayMs = Date.parse(`${today}T00:00:00Z`);
    return {
      items: rows.map((r) => ({
        inspectionId: r.inspection_id,
        findingId: r.finding_id,
        facilityId: r.facility_id,
        facilityName: r.facility_name,
        divisionCode: r.division_code,
        districtCode: r.district_code,
        kind: r.kind,
        inspectedOn: r.inspected_on,
        description: r.description,
        rectifyBy: r.rectify_by,
        daysOverdue: Math.round((todayMs - Date.parse(`${r.rectify_by}T00:00:00Z`)) / 86_400_000),
      })),
      total,
    };
  }
}
