import { BusinessDate, DivisionCode, DomainError, requiredText, UnifiedSocialCreditCode } from '@civic/domain-kernel';
import { FacilityChange } from './facility-change';
import { CREDIT_SCORE_START, FACILITY_KINDS, FacilityGrade, FacilityKind, gradeValidUntil, isGradable, MAX_STARS, movedCreditScore } from './facility-rules';

export interface FacilityState {
  id: string;
  name: string;
  kind: FacilityKind;
  divisionCode: string;
  address: string;
  operatorName: string;
  operatorUscc: string;
  /** Places the filing allows (beds for residential care, seats for day care and meals). */
  licensedCapacity: number;
  /** 备案: filed on a date, or revoked with a reason. */
  filingStatus: 'filed' | 'revoked';
  filedOn: BusinessDate;
  revokedOn: BusinessDate | null;
  revokedReason: string | null;
  /** 等级评定: the latest grade, if any. */
  grade: FacilityGrade | null;
  /** 信用评价: 0-100, starting at 100; every move is recorded with its reason. */
  creditScore: number;
  version: number;
}

export interface FileFacilityInput {
  id: string;
  name: string;
  kind: string;
  divisionCode: string;
  address: string;
  operatorName: string;
  operatorUscc: string;
  licensedCapacity: number;
  filedOn: BusinessDate;
}

/**
 * An elder-care facility (养老服务设施) filed (备案) with the bureau: an institution, a community
 * comprehensive centre, a day-care centre, a meal site, a doorstep station or a rural elder home,
 * with its operator, its licensed places, its star grade and its credit score.
 */
export class Facility {
  private readonly changes: FacilityChange[] = [];

  private constructor(private state: FacilityState) {}

  static restore(state: FacilityState): Facility {
    return new Facility({ ...state });
  }

  static file(input: FileFacilityInput, today: BusinessDate): Facility {
    if (!(FACILITY_KINDS as readonly string[]).includes(input.kind)) {
      throw new DomainError('FACILITY.KIND_UNKNOWN', `kind must be one of ${FACILITY_KINDS.join(', ')}`, 'invalid', 'kind');
    }
    if (input.filedOn.isAfter(today)) throw new DomainError('FACILITY.FILED_IN_FUTURE', 'a facility cannot be filed on a later date', 'invalid', 'filedOn');
    const filed = new Facility({
      id: input.id,
      name: text(input.name, 'name', 100),
      kind: input.kind as FacilityKind,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      address: text(input.address, 'address', 200),
      operatorName: text(input.operatorName, 'operatorName', 100),
      operatorUscc: UnifiedSocialCreditCode.parse(input.operatorUscc, 'operatorUscc').value,
      licensedCapacity: capacity(input.licensedCapacity),
      filingStatus: 'filed',
      filedOn: input.filedOn,
      revokedOn: null,
      revokedReason: null,
      grade: null,
      creditScore: CREDIT_SCORE_START,
      version: 1,
    });
    filed.changes.push({ kind: 'filed' });
    return filed;
  }

  /** 等级评定: 1-5 stars on a date (not later than today, not before the filing), valid for the period the rules give. */
  grade(stars: number, gradedOn: BusinessDate, today: BusinessDate): void {
    this.requireFiled();
    if (!isGradable(this.state.kind)) {
      throw new DomainError('FACILITY.NOT_GRADABLE', `a ${this.state.kind} is not graded; star grades are for institutions`, 'rule', 'stars');
    }
    if (!Number.isInteger(stars) || stars < 1 || stars > MAX_STARS)
      throw new DomainError('FACILITY.GRADE_INVALID', `stars must be 1-${MAX_STARS}`, 'invalid', 'stars');
    if (gradedOn.isAfter(today) || gradedOn.isBefore(this.state.filedOn)) {
      throw new DomainError('FACILITY.GRADE_DATE_INVALID', 'the grade date must lie between the filing and today', 'invalid', 'gradedOn');
    }
    const grade = { stars, gradedOn, validUntil: gradeValidUntil(gradedOn) };
    this.state = { ...this.state, grade, version: this.state.version + 1 };
    this.changes.push({ kind: 'graded', grade });
  }

  /** A new licensed capacity (a re-filing after an extension or a reduction). */
  reviseCapacity(places: number): void {
    this.requireFiled();
    const licensedCapacity = capacity(places);
    this.state = { ...this.state, licensedCapacity, version: this.state.version + 1 };
    this.changes.push({ kind: 'capacity-revised', licensedCapacity });
  }

  /** Moves the credit score (an inspection finding, an overdue rectification, a commendation); kept within 0-100. */
  moveCredit(delta: number, reason: string, on: BusinessDate): void {
    const why = text(reason, 'reason', 500);
    const before = this.state.creditScore;
    const creditScore = movedCreditScore(before, delta);
    this.state = { ...this.state, creditScore, version: this.state.version + 1 };
    // The move as applied: a score already at a bound moves less than asked.
    this.changes.push({ kind: 'credit-moved', delta: creditScore - before, reason: why, on, score: creditScore });
  }

  /** Revokes the filing (closure, a serious breach); a revoked facility takes no new grade or residents. */
  revokeFiling(reason: string, on: BusinessDate, today: BusinessDate): void {
    this.requireFiled();
    if (on.isAfter(today) || on.isBefore(this.state.filedOn)) {
      throw new DomainError('FACILITY.REVOCATION_DATE_INVALID', 'the revocation date must lie between the filing and today', 'invalid', 'revokedOn');
    }
    const why = text(reason, 'reason', 500);
    this.state = { ...this.state, filingStatus: 'revoked', revokedOn: on, revokedReason: why, version: this.state.version + 1 };
    this.changes.push({ kind: 'filing-revoked', reason: why });
  }

  /** The grade in force on a date: none once its validity has passed. */
  gradeOn(day: BusinessDate): FacilityGrade | null {
    const grade = this.state.grade;
    return grade && !day.isAfter(grade.validUntil) ? grade : null;
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  get isFiled(): boolean {
    return this.state.filingStatus === 'filed';
  }
  snapshot(): Readonly<FacilityState> {
    return { ...this.state };
  }
  pullChanges(): FacilityChange[] {
    return this.changes.splice(0);
  }

  private requireFiled(): void {
    if (this.state.filingStatus !== 'filed') throw facilityNotFiled();
  }
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'FACILITY');

function capacity(places: number): number {
  if (!Number.isInteger(places) || places < 0 || places > 10_000) {
    throw new DomainError('FACILITY.CAPACITY_INVALID', 'licensedCapacity must be a whole number from 0 to 10000', 'invalid', 'licensedCapacity');
  }
  return places;
}

export function facilityNotFound(id: string): DomainError {
  return new DomainError('FACILITY.NOT_FOUND', `no facility ${id}`, 'not-found');
}

export function facilityNotFiled(): DomainError {
  return new DomainError('FACILITY.FILING_REVOKED', 'the facility’s filing is revoked', 'conflict');
}

/** Two facilities with the same name in one division (the unique index is the guard when two requests race). */
export function facilityNameTaken(): DomainError {
  return new DomainError('FACILITY.NAME_TAKEN', 'the division already has a facility of this name', 'conflict', 'name');
}
