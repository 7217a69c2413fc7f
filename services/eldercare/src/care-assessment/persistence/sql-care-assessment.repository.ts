import { BusinessDate, CitizenId, districtOf, DomainError } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CareAssessment } from '../domain/care-assessment';
import { CareAssessmentRepository } from '../domain/care-assessment.repository';

export const ASSESSMENT_COLUMNS = `id, citizen_id, name, division_code, level, assessed_on::text, assessor, replaces_id`;

/** Adapter: `care_assessment` and `care_level_policy`. */
@Injectable()
export class SqlCareAssessmentRepository implements CareAssessmentRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async currentOf(citizenId: string, options: { forUpdate?: boolean } = {}): Promise<CareAssessment | null> {
    const [row] = await this.uow
      .manager()
      .query(
        `SELECT ${ASSESSMENT_COLUMNS} FROM care_assessment WHERE citizen_id = $1 ORDER BY assessed_on DESC LIMIT 1${options.forUpdate ? ' FOR UPDATE' : ''}`,
        [citizenId],
      );
    return row ? toAssessment(row) : null;
  }

  async add(assessment: CareAssessment, recordedBy: string): Promise<void> {
    const s = assessment.snapshot();
    const conflict = () =>
      new DomainError('CARE_ASSESSMENT.CONCURRENT', 'the elder was assessed at the same time; read the current level and retry', 'conflict');
    await translatingConstraints(
      () =>
        this.uow.transaction().query(
          `INSERT INTO care_assessment (id, citizen_id, name, division_code, district_code, level, assessed_on, assessor, replaces_id, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [s.id, s.citizenId.value, s.name, s.divisionCode, districtOf(s.divisionCode), s.level, s.assessedOn.toString(), s.assessor, s.replacesId, recordedBy],
        ),
      { care_assessment_per_day: conflict, care_assessment_replaced_once: conflict },
    );
  }

  async qualifyingLevels(): Promise<number[]> {
    const [row] = await this.uow.manager().query(`SELECT qualifying_levels FROM care_level_policy WHERE id = 1`);
    return row.qualifying_levels;
  }

  async setQualifyingLevels(levels: number[], recordedBy: string): Promise<void> {
    await this.uow
      .transaction()
      .query(`UPDATE care_level_policy SET qualifying_levels = $1, changed_by = $2, changed_at = now() WHERE id = 1`, [levels, recordedBy]);
  }
}

export function toAssessment(row: Record<string, any>): CareAssessment {
  return CareAssessment.restore({
    id: row.id,
    citizenId: CitizenId.parse(row.citizen_id),
    name: row.name,
    divisionCode: row.division_code,
    level: row.level,
    assessedOn: BusinessDate.parse(row.assessed_on),
    assessor: row.assessor,
    replacesId: row.replaces_id,
  });
}
