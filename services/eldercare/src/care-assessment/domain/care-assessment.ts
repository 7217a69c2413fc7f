import { BusinessDate, CitizenId, DivisionCode, DomainError } from '@civic/domain-kernel';

export const MIN_CARE_LEVEL = 0;
export const MAX_CARE_LEVEL = 6;

export interface CareAssessmentState {
  id: string;
  citizenId: CitizenId;
  name: string;
  divisionCode: string;
  level: number;
  assessedOn: BusinessDate;
  assessor: string;
  /** The assessment this one replaces from its date (null for an elder's first). */
  replacesId: string | null;
}

/**
 * 老年照护统一需求评估: a care level 0-6 given to an elder on a date by an assessor. A re-assessment
 * is a new assessment that replaces the level from its own date; the earlier ones stay as history.
 */
export class CareAssessment {
  private constructor(private readonly state: CareAssessmentState) {}

  static restore(state: CareAssessmentState): CareAssessment {
    return new CareAssessment({ ...state });
  }

  static assess(
    input: { id: string; citizenId: CitizenId; name: string; divisionCode: string; level: number; assessedOn: BusinessDate; assessor: string },
    previous: CareAssessment | null,
    today: BusinessDate,
  ): CareAssessment {
    if (!Number.isInteger(input.level) || input.level < MIN_CARE_LEVEL || input.level > MAX_CARE_LEVEL) {
      throw new DomainError('CARE_ASSESSMENT.LEVEL_INVALID', `level must be a whole number from ${MIN_CARE_LEVEL} to ${MAX_CARE_LEVEL}`, 'invalid', 'level');
    }
    if (input.assessedOn.isAfter(today))
      throw new DomainError('CARE_ASSESSMENT.IN_FUTURE', 'an assessment cannot be dated later than today', 'invalid', 'assessedOn');
    // A re-assessment replaces the level from its date: it cannot reach back before the one in force.
    if (previous && !input.assessedOn.isAfter(previous.assessedOn)) {
      throw new DomainError(
        'CARE_ASSESSMENT.NOT_AFTER_CURRENT',
        `a re-assessment must be dated after the current one (${previous.assessedOn})`,
        'rule',
        'assessedOn',
      );
    }
    const name = (input.name ?? '').trim();
    const assessor = (input.assessor ?? '').trim();
    if (!name || name.length > 50) throw new DomainError('CARE_ASSESSMENT.FIELD_INVALID', 'name must be 1-50 characters', 'invalid', 'name');
    if (!assessor || assessor.length > 100) throw new DomainError('CARE_ASSESSMENT.FIELD_INVALID', 'assessor must be 1-100 characters', 'invalid', 'assessor');
    return new CareAssessment({
      ...input,
      name,
      assessor,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      replacesId: previous?.id ?? null,
    });
  }

  /** Whether the level qualifies for subsidised care under the levels the policy names (data, see CareLevelPolicy). */
  qualifies(qualifyingLevels: readonly number[]): boolean {
    return qualifyingLevels.includes(this.state.level);
  }

  get id(): string {
    return this.state.id;
  }
  get assessedOn(): BusinessDate {
    return this.state.assessedOn;
  }
  get level(): number {
    return this.state.level;
  }
  snapshot(): Readonly<CareAssessmentState> {
    return { ...this.state };
  }
}

/** The levels that qualify for subsidised care (长护险/补贴): a set of levels 0-6, not empty. */
export function qualifyingLevels(levels: number[]): number[] {
  const unique = [...new Set(levels)].sort((a, b) => a - b);
  if (unique.length === 0 || unique.some((l) => !Number.isInteger(l) || l < MIN_CARE_LEVEL || l > MAX_CARE_LEVEL)) {
    throw new DomainError(
      'CARE_ASSESSMENT.POLICY_INVALID',
      `qualifyingLevels must be levels ${MIN_CARE_LEVEL}-${MAX_CARE_LEVEL}, at least one`,
      'invalid',
      'qualifyingLevels',
    );
  }
  return unique;
}

export function careAssessmentNotFound(id: string): DomainError {
  return new DomainError('CARE_ASSESSMENT.NOT_FOUND', `no care assessment ${id}`, 'not-found');
}
