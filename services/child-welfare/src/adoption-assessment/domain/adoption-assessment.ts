import { BusinessDate, CitizenId, DivisionCode, DomainError, notInFuture, requiredText } from '@civic/domain-kernel';

/** 民法典 art. 1098: an adopter is at least 30. */
export const MIN_ADOPTER_AGE = 30;
/** A positive result stands for a year unless the assessor says otherwise (收养评估报告有效期). */
export const DEFAULT_VALID_MONTHS = 12;

export type AssessmentStatus = 'applied' | 'home-studied' | 'completed';

export interface AdoptionAssessmentState {
  id: string;
  adopters: { citizenId: CitizenId; name: string }[];
  divisionCode: string;
  appliedOn: BusinessDate;
  status: AssessmentStatus;
  homeStudy: { visitedOn: BusinessDate; assessor: string; findings: string } | null;
  result: 'positive' | 'negative' | null;
  reasons: string[];
  completedOn: BusinessDate | null;
  validUntil: BusinessDate | null;
  version: number;
}

/**
 * 收养评估: prospective adopters apply, a home study is made (家庭走访), and the assessment ends with a
 * positive or negative result, its reasons, and (positive) its validity; the result is what
 * registration checks before it registers an adoption.
 */
export class AdoptionAssessment {
  private completedNow = false;

  private constructor(private state: AdoptionAssessmentState) {}

  static restore(state: AdoptionAssessmentState): AdoptionAssessment {
    return new AdoptionAssessment({ ...state, adopters: [...state.adopters], reasons: [...state.reasons] });
  }

  static apply(
    input: { id: string; adopters: { citizenId: CitizenId; name: string }[]; divisionCode: string; appliedOn: BusinessDate },
    today: BusinessDate,
  ): AdoptionAssessment {
    if (input.adopters.length < 1 || input.adopters.length > 2)
      throw new DomainError('ADOPTION_ASSESSMENT.ADOPTERS_INVALID', 'one adopter, or a couple of two', 'invalid', 'adopters');
    if (input.adopters.length === 2 && input.adopters[0].citizenId.value === input.adopters[1].citizenId.value)
      throw new DomainError('ADOPTION_ASSESSMENT.ADOPTERS_INVALID', 'the two adopters are two people', 'invalid', 'adopters');
    if (input.appliedOn.isAfter(today)) throw new DomainError('ADOPTION_ASSESSMENT.IN_FUTURE', 'appliedOn cannot be later than today', 'invalid', 'appliedOn');
    const adopters = input.adopters.map((a, n) => {
      const age = a.citizenId.birthDate.fullYearsUntil(input.appliedOn);
      if (age < MIN_ADOPTER_AGE)
        throw new DomainError(
          'ADOPTION_ASSESSMENT.ADOPTER_TOO_YOUNG',
          `an adopter is at least ${MIN_ADOPTER_AGE} (民法典 art. 1098); this one is ${age}`,
          'rule',
          `adopters[${n}].citizenId`,
        );
      return { citizenId: a.citizenId, name: text(a.name, `adopters[${n}].name`, 50) };
    });
    return new AdoptionAssessment({
      id: input.id,
      adopters,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      appliedOn: input.appliedOn,
      status: 'applied',
      homeStudy: null,
      result: null,
      reasons: [],
      completedOn: null,
      validUntil: null,
      version: 1,
    });
  }

  /** 家庭走访: the home study, once, after the application. */
  recordHomeStudy(input: { visitedOn: BusinessDate; assessor: string; findings: string }, today: BusinessDate): void {
    if (this.state.status !== 'applied') throw wrongStep(this.state.status, 'home-studied', 'applied');
    checkDate(input.visitedOn, this.state.appliedOn, today, 'visitedOn');
    this.state = {
      ...this.state,
      status: 'home-studied',
      homeStudy: { visitedOn: input.visitedOn, assessor: text(input.assessor, 'assessor', 100), findings: text(input.findings, 'findings', 4000) },
      version: this.state.version + 1,
    };
  }

  /** The result, with at least one reason; a positive result stands `validMonths` months. */
  complete(input: { result: string; reasons: string[]; completedOn: BusinessDate; validMonths: number | null }, today: BusinessDate): void {
    if (this.state.status !== 'home-studied') throw wrongStep(this.state.status, 'completed', 'home-studied');
    if (input.result !== 'positive' && input.result !== 'negative')
      throw new DomainError('ADOPTION_ASSESSMENT.RESULT_INVALID', 'result must be positive or negative', 'invalid', 'result');
    const reasons = (input.reasons ?? []).map((r) => (r ?? '').trim()).filter((r) => r.length > 0);
    if (reasons.length === 0 || reasons.some((r) => r.length > 500))
      throw new DomainError(
        'ADOPTION_ASSESSMENT.REASONS_REQUIRED',
        'a result states its reasons: at least one, each up to 500 characters',
        'invalid',
        'reasons',
      );
    checkDate(input.completedOn, this.state.homeStudy!.visitedOn, today, 'completedOn');
    const months = input.validMonths ?? DEFAULT_VALID_MONTHS;
    if (!Number.isInteger(months) || months < 1 || months > 36)
      throw new DomainError('ADOPTION_ASSESSMENT.VALIDITY_INVALID', 'validMonths must be 1-36', 'invalid', 'validMonths');
    const validUntil = input.result === 'positive' ? input.completedOn.addMonths(months).addDays(-1) : null;
    this.state = {
      ...this.state,
      status: 'completed',
      result: input.result,
      reasons,
      completedOn: input.completedOn,
      validUntil,
      version: this.state.version + 1,
    };
    this.completedNow = true;
  }

  /** Whether `complete` ran on this object (its event is then published). */
  get justCompleted(): boolean {
    return this.completedNow;
  }
  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<AdoptionAssessmentState> {
    return { ...this.state };
  }
}

function wrongStep(status: AssessmentStatus, to: string, from: string): DomainError {
  return new DomainError('ADOPTION_ASSESSMENT.WRONG_STEP', `the assessment is ${status}; it can be ${to} only when ${from}`, 'conflict');
}

function checkDate(date: BusinessDate, earliest: BusinessDate, today: BusinessDate, field: string): void {
  notInFuture(date, today, field, 'ADOPTION_ASSESSMENT');
  if (earliest.isAfter(date)) throw new DomainError('ADOPTION_ASSESSMENT.OUT_OF_ORDER', `${field} cannot be before ${earliest}`, 'rule', field);
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'ADOPTION_ASSESSMENT');

export function adoptionAssessmentNotFound(id: string): DomainError {
  return new DomainError('ADOPTION_ASSESSMENT.NOT_FOUND', `no adoption assessment ${id}`, 'not-found');
}
