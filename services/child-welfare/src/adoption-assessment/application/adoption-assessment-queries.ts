import { PageQuery, RecordDivisions } from '@civic/platform';
import { AdoptionAssessment } from '../domain/adoption-assessment';

/** An assessment as the API shows it. */
export interface AdoptionAssessmentView {
  id: string;
  adopters: { citizenId: string; name: string }[];
  divisionCode: string;
  appliedOn: string;
  status: string;
  homeStudy: { visitedOn: string; assessor: string; findings: string } | null;
  result: string | null;
  reasons: string[];
  completedOn: string | null;
  validUntil: string | null;
  version: number;
}

/** Query port: assessments within the caller's districts. */
export interface AdoptionAssessmentQueries extends RecordDivisions {
  get(id: string): Promise<AdoptionAssessmentView | null>;
  list(
    filter: { divisionCode?: string; status?: string; adopterCitizenId?: string },
    page: PageQuery,
  ): Promise<{ items: AdoptionAssessmentView[]; total: number }>;
}

export const ADOPTION_ASSESSMENT_QUERIES = Symbol('ADOPTION_ASSESSMENT_QUERIES');

export function adoptionAssessmentView(assessment: AdoptionAssessment): AdoptionAssessmentView {
  const s = assessment.snapshot();
  return {
    id: s.id,
    adopters: s.adopters.map((a) => ({ citizenId: a.citizenId.value, name: a.name })),
    divisionCode: s.divisionCode,
    appliedOn: s.appliedOn.toString(),
    status: s.status,
    homeStudy: s.homeStudy && { ...s.homeStudy, visitedOn: s.homeStudy.visitedOn.toString() },
    result: s.result,
    reasons: s.reasons,
    completedOn: s.completedOn?.toString() ?? null,
    validUntil: s.validUntil?.toString() ?? null,
    version: s.version,
  };
}
