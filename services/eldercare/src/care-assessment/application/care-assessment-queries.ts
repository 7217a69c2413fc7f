import { PageQuery, RecordDivisions } from '@civic/platform';

/** An assessment as the API shows it; `current` marks the one in force for its elder. */
export interface CareAssessmentView {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  level: number;
  assessedOn: string;
  assessor: string;
  replacesId: string | null;
  current: boolean;
  qualifiesForSubsidisedCare: boolean;
}

export interface CareAssessmentFilter {
  divisionCode?: string;
  citizenId?: string;
  level?: number;
  currentOnly?: boolean;
}

/** Query port: assessments within the caller's districts, latest first. */
export interface CareAssessmentQueries extends RecordDivisions {
  get(id: string): Promise<CareAssessmentView | null>;
  list(filter: CareAssessmentFilter, page: PageQuery): Promise<{ items: CareAssessmentView[]; total: number }>;
  qualifyingLevels(): Promise<number[]>;
}

export const CARE_ASSESSMENT_QUERIES = Symbol('CARE_ASSESSMENT_QUERIES');
