import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AdoptionAssessmentQueries, AdoptionAssessmentView, adoptionAssessmentView } from '../application/adoption-assessment-queries';
import { ASSESSMENT_COLUMNS, toAssessment } from './sql-adoption-assessment.repository';

/** Adapter of the assessment query port. */
@Injectable()
export class SqlAdoptionAssessmentQueries implements AdoptionAssessmentQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'adoption_assessment', id);
  }

  async get(id: string): Promise<AdoptionAssessmentView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${ASSESSMENT_COLUMNS} FROM adoption_assessment WHERE id = $1`, [id]);
    return row ? adoptionAssessmentView(toAssessment(row)) : null;
  }

  async list(
    filter: { divisionCode?: string; status?: string; adopterCitizenId?: string },
    page: PageQuery,
  ): Promise<{ items: AdoptionAssessmentView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.adopterCitizenId) where.add('adopter_citizen_ids @> ARRAY[?]::char(18)[]', filter.adopterCitizenId);
    const { rows, total } = await pageQuery(
      this.uow.manager(),
      { columns: ASSESSMENT_COLUMNS, from: 'adoption_assessment', where, order: 'applied_on DESC, id' },
      page,
    );
    return { items: rows.map((r) => adoptionAssessmentView(toAssessment(r))), total };
  }
}
