import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AdoptionAssessment } from '../domain/adoption-assessment';
import { AdoptionAssessmentRepository } from '../domain/adoption-assessment.repository';

export const ASSESSMENT_COLUMNS = `id, adopter_citizen_ids, adopter_names, division_code, applied_on::text, status, home_study, result, reasons, completed_on::text,
  valid_until::text, version`;

/** Adapter: `adoption_assessment`. */
@Injectable()
export class SqlAdoptionAssessmentRepository implements AdoptionAssessmentRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<AdoptionAssessment | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${ASSESSMENT_COLUMNS} FROM adoption_assessment WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAssessment(row) : null;
  }

  async save(assessment: AdoptionAssessment, expectedVersion: number | null): Promise<void> {
    const s = assessment.snapshot();
    const tx = this.uow.transaction();
    const homeStudy = s.homeStudy && JSON.stringify({ ...s.homeStudy, visitedOn: s.homeStudy.visitedOn.toString() });
    const values = [s.id, s.status, homeStudy, s.result, s.reasons, s.completedOn?.toString() ?? null, s.validUntil?.toString() ?? null, s.version];
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO adoption_assessment (id, status, home_study, result, reasons, completed_on, valid_until, version,
           adopter_citizen_ids, adopter_names, division_code, district_code, applied_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          ...values,
          s.adopters.map((a) => a.citizenId.value),
          s.adopters.map((a) => a.name),
          s.divisionCode,
          districtOf(s.divisionCode),
          s.appliedOn.toString(),
        ],
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE adoption_assessment SET status = $2, home_study = $3, result = $4, reasons = $5, completed_on = $6, valid_until = $7, version = $8
        WHERE id = $1 AND version = $9 RETURNING id`,
      [...values, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }
}

export function toAssessment(row: Record<string, any>): AdoptionAssessment {
  const date = (text: string | null) => (text === null ? null : BusinessDate.parse(text));
  return AdoptionAssessment.restore({
    id: row.id,
    adopters: (row.adopter_citizen_ids as string[]).map((c, n) => ({ citizenId: CitizenId.parse(c), name: row.adopter_names[n] })),
    divisionCode: row.division_code,
    appliedOn: BusinessDate.parse(row.applied_on),
    status: row.status,
    homeStudy: row.home_study && { ...row.home_study, visitedOn: BusinessDate.parse(row.home_study.visitedOn) },
    result: row.result,
    reasons: row.reasons,
    completedOn: date(row.completed_on),
    validUntil: date(row.valid_until),
    version: row.version,
  });
}
