import { AdoptionAssessment } from './adoption-assessment';

/** Port: adoption assessments (the SQL adapter lives in persistence/). */
export interface AdoptionAssessmentRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<AdoptionAssessment | null>;
  save(assessment: AdoptionAssessment, expectedVersion: number | null): Promise<void>;
}

export const ADOPTION_ASSESSMENT_REPOSITORY = Symbol('ADOPTION_ASSESSMENT_REPOSITORY');
