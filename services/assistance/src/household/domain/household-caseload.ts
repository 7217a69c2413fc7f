/**
 * Port: the household's open cases (applications still being handled, benefits not terminated).
 * They belong to the district the household lives in: when it moves they move with it, so the
 * new district's officers handle and pay them and the old district's no longer see them.
 */
export interface HouseholdCaseload {
  /** Moves every open case to the division; answers which ones moved. */
  rehome(householdId: string, divisionCode: string): Promise<{ applications: string[]; benefits: string[] }>;
}

export const HOUSEHOLD_CASELOAD = Symbol('HOUSEHOLD_CASELOAD');
