import { CareAssessment } from './care-assessment';

/** Port: care assessments and the policy of qualifying levels. */
export interface CareAssessmentRepository {
  /** The assessment in force for an elder (the latest), locked so two re-assessments queue. */
  currentOf(citizenId: string, options?: { forUpdate?: boolean }): Promise<CareAssessment | null>;
  add(assessment: CareAssessment, recordedBy: string): Promise<void>;
  qualifyingLevels(): Promise<number[]>;
  setQualifyingLevels(levels: number[], recordedBy: string): Promise<void>;
}

export const CARE_ASSESSMENT_REPOSITORY = Symbol('CARE_ASSESSMENT_REPOSITORY');
