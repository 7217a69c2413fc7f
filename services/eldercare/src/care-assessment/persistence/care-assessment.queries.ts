import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CareAssessmentFilter, CareAssessmentQueries, CareAssessmentView } from '../application/care-assessment-queries';

const COLUMNS = `a.id, a.citizen_id, a.name, a.division_code, a.level, a.assessed_on::text, a.assessor, a.replaces_id,
  NOT EXISTS (SELECT 1 FROM care_assessment later WHERE later.citizen_id = a.citizen_id AND later.assessed_on > a.assessed_on) AS current,
  a.level = ANY ((SELECT qualifying_levels FROM care_level_policy WHERE id = 1)::smallint[]) AS qualifies`;

/** Adapter of the assessment query port. */
@Injectable()
export class SqlCareAssessmentQueries implements CareAssessmentQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'care_assessment', id);
  }

  async get(id: string): Promise<CareAssessmentView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM care_assessment a WHERE a.id = $1`, [id]);
    return row ? view(row) : null;
  }

  async list(filter: CareAssessmentFilter, page: PageQuery): Promise<{ items: CareAssessmentView[]; total: number }> {
    const where = districtFilter('a.district_code', filter.divisionCode ? { column: 'a.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.citizenId) where.add('a.citizen_id = ?', filter.citizenId);
    if (filter.level !== undefined) where.add('a.level = ?', filter.level);
    if (filter.currentOnly)
      where.add('NOT EXISTS (SELECT 1 FROM care_assessment later WHERE later.citizen_id = a.citizen_id AND later.assessed_on > a.assessed_on)');
    const { rows, total } = await pageQuery(
      this.uow.manager(),
      { columns: COLUMNS, from: 'care_assessment a', where, order: 'a.assessed_on DESC, a.id' },
      page,
    );
    return { items: rows.map(view), total };
  }

  async qualifyingLevels(): Promise<number[]> {
    const [row] = await this.uow.manager().query(`SELECT qualifying_levels FROM care_level_policy WHERE id = 1`);
    return row.qualifying_levels;
  }
}

function view(r: Record<string, any>): CareAssessmentView {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    name: r.name,
    divisionCode: r.division_code,
    level: r.level,
    assessedOn: r.assessed_on,
    assessor: r.assessor,
    replacesId: r.replaces_id,
    current: r.current,
    qualifiesForSubsidisedCare: r.qualifies,
  };
}
