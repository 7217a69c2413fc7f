import { BusinessDate, DivisionCode, DomainError, Money, requiredText, UnifiedSocialCreditCode } from '@civic/domain-kernel';
import { checkInspectionYear, InspectionResult, inspectionDeadline } from './annual-inspection';
import { OrganisationChange, RegisteredItem } from './organisation-change';
import { OrganisationKind, checkRegisteredCapital, kindOfUscc } from './organisation-kind';

export type AuthorityLevel = 'city' | 'district';

export interface OrganisationState {
  id: string;
  uscc: string;
  kind: OrganisationKind;
  name: string;
  domicileDivisionCode: string;
  authorityLevel: AuthorityLevel;
  legalRepresentative: string;
  registeredCapital: Money | null;
  registeredOn: BusinessDate;
  status: 'registered' | 'deregistered';
  deregistration: { on: BusinessDate; reason: string } | null;
  /** 等级评估: 1-5 A, valid five years. */
  grade: { grade: number; on: BusinessDate; expiresOn: BusinessDate } | null;
  dormancy: { since: BusinessDate; inactiveYears: number[] } | null;
  dormancyClearedOn: BusinessDate | null;
  charityRecognisedOn: BusinessDate | null;
  fundraisingQualifiedOn: BusinessDate | null;
  version: number;
}

export interface RegisteredItems {
  name: string;
  domicileDivisionCode: string;
  legalRepresentative: string;
}

/** How long an evaluation grade holds (社会组织评估管理办法: 评估等级有效期为5年). */
export const GRADE_VALID_YEARS = 5;

/**
 * A social organisation (社会组织) registered with the civil-affairs authority: 社会团体, 社会服务机构
 * or 基金会, known by its unified social credit code. Registered items change with history; an
 * organisation is graded, inspected every year, flagged dormant by the review, recognised as a
 * charity and qualified for public fundraising; once deregistered (注销) it does nothing more.
 */
export class Organisation {
  private readonly changes: OrganisationChange[] = [];

  private constructor(private state: OrganisationState) {}

  static restore(state: OrganisationState): Organisation {
    return new Organisation({ ...state });
  }

  static register(input: {
    id: string;
    uscc: string;
    kind: OrganisationKind;
    name: string;
    domicileDivisionCode: string;
    authorityLevel: AuthorityLevel;
    legalRepresentative: string;
    registeredCapital: string | null;
    registeredOn: BusinessDate;
  }): Organisation {
    const uscc = UnifiedSocialCreditCode.parse(input.uscc, 'uscc');
    if (kindOfUscc(uscc) !== input.kind)
      throw new DomainError(
        'ORGANISATION.USCC_KIND_MISMATCH',
        `the code's registration authority and type (${uscc.value.slice(0, 2)}) are not those of a civil-affairs ${input.kind}`,
        'rule',
        'uscc',
      );
    const capital = input.registeredCapital === null ? null : Money.parse(input.registeredCapital, 'registeredCapital');
    checkRegisteredCapital(input.kind, capital);
    const registered = new Organisation({
      id: input.id,
      uscc: uscc.value,
      kind: input.kind,
      ...items({ name: input.name, domicileDivisionCode: input.domicileDivisionCode, legalRepresentative: input.legalRepresentative }),
      authorityLevel: input.authorityLevel,
      registeredCapital: capital,
      registeredOn: input.registeredOn,
      status: 'registered',
      deregistration: null,
      grade: null,
      dormancy: null,
      dormancyClearedOn: null,
      charityRecognisedOn: null,
      fundraisingQualifiedOn: null,
      version: 1,
    });
    registered.changes.push({ kind: 'registered' });
    return registered;
  }

  /** 变更登记: name, domicile or legal representative; something must change. */
  change(next: Partial<RegisteredItems>, on: BusinessDate): void {
    this.requireRegistered();
    this.notBeforeRegistration(on, 'changedOn');
    const given = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined && value !== null));
    const merged = items({ ...this.registeredItems(), ...given });
    const changed: RegisteredItem[] = [];
    if (merged.name !== this.state.name) changed.push('name');
    if (merged.domicileDivisionCode !== this.state.domicileDivisionCode) changed.push('domicile');
    if (merged.legalRepresentative !== this.state.legalRepresentative) changed.push('legalRepresentative');
    if (!changed.length) throw new DomainError('ORGANISATION.NOTHING_CHANGED', 'the change names no registered item that differs', 'rule');
    this.apply({ ...merged }, { kind: 'changed', changed, on });
  }

  /** 注销登记, with its reason; a deregistered organisation receives no donations and files nothing. */
  deregister(reason: string, on: BusinessDate): void {
    this.requireRegistered();
    this.notBeforeRegistration(on, 'deregisteredOn');
    const why = text(reason, 'reason', 500);
    this.apply({ status: 'deregistered', deregistration: { on, reason: why } }, { kind: 'deregistered', reason: why, on });
  }

  /** 等级评估: 1A to 5A, valid five years from the decision; a new grade replaces the old. */
  grade(raw: string, on: BusinessDate): void {
    this.requireRegistered();
    this.notBeforeRegistration(on, 'gradedOn');
    const grade = parseGrade(raw);
    const expiresOn = on.addMonths(12 * GRADE_VALID_YEARS).addDays(-1);
    this.apply({ grade: { grade, on, expiresOn } }, { kind: 'graded', grade, on, expiresOn });
  }

  /** 年检 of a finished work year (one per year: the store's key refuses a second); late after 31 May of the next year. */
  inspect(year: number, result: InspectionResult, activityCount: number, submittedOn: BusinessDate): void {
    this.requireRegistered();
    checkInspectionYear(year, this.state.registeredOn, submittedOn);
    if (!Number.isInteger(activityCount) || activityCount < 0)
      throw new DomainError('ORGANISATION.FIELD_INVALID', 'activityCount must be a whole number, 0 or more', 'invalid', 'activityCount');
    const late = submittedOn.isAfter(inspectionDeadline(year));
    this.apply({}, { kind: 'inspected', year, result, activityCount, on: submittedOn, late });
  }

  /** The dormancy review's finding (僵尸型); an organisation flagged already is not flagged again. */
  flagDormant(inactiveYears: number[], on: BusinessDate): void {
    this.requireRegistered();
    if (this.state.dormancy) throw new DomainError('ORGANISATION.ALREADY_DORMANT', 'the organisation is flagged dormant already', 'conflict');
    this.apply({ dormancy: { since: on, inactiveYears } }, { kind: 'flagged-dormant', inactiveYears, on });
  }

  /** An officer clears the flag (the organisation proved its activity), saying why. */
  clearDormancy(reason: string, on: BusinessDate): void {
    if (!this.state.dormancy) throw new DomainError('ORGANISATION.NOT_DORMANT', 'the organisation is not flagged dormant', 'conflict');
    const why = text(reason, 'reason', 500);
    this.apply({ dormancy: null, dormancyClearedOn: on }, { kind: 'dormancy-cleared', reason: why, on });
  }

  /** 慈善组织认定 (慈善法 第十条), once. */
  recogniseAsCharity(on: BusinessDate): void {
    this.requireRegistered();
    this.notBeforeRegistration(on, 'recognisedOn');
    if (this.state.charityRecognisedOn)
      throw new DomainError('ORGANISATION.ALREADY_RECOGNISED', 'the organisation is recognised as a charity already', 'conflict');
    this.apply({ charityRecognisedOn: on }, { kind: 'recognised-as-charity', on });
  }

  /**
   * 公开募捐资格 (慈善法 第二十二条): only a recognised charity, not flagged dormant, registered at
   * least `minimumYears` before (the law says one year; the bureau's setting holds the figure).
   */
  qualifyForPublicFundraising(on: BusinessDate, minimumYears: number): void {
    this.requireRegistered();
    if (this.state.fundraisingQualifiedOn)
      throw new DomainError('ORGANISATION.ALREADY_QUALIFIED', 'the organisation holds the public fundraising qualification already', 'conflict');
    if (!this.state.charityRecognisedOn || this.state.charityRecognisedOn.isAfter(on))
      throw new DomainError('ORGANISATION.NOT_RECOGNISED', 'only an organisation recognised as a charity can be qualified for public fundraising', 'rule');
    if (this.state.registeredOn.fullYearsUntil(on) < minimumYears)
      throw new DomainError(
        'ORGANISATION.REGISTERED_TOO_RECENTLY',
        `public fundraising needs ${minimumYears} full year(s) since the registration on ${this.state.registeredOn}`,
        'rule',
        'qualifiedOn',
      );
    if (this.state.dormancy) throw new DomainError('ORGANISATION.DORMANT', 'an organisation flagged dormant cannot be qualified', 'rule');
    this.apply({ fundraisingQualifiedOn: on }, { kind: 'qualified-for-public-fundraising', on });
  }

  /** Whether it may take a donation or file a plan: registered, not deregistered. */
  requireRegistered(): void {
    if (this.state.status === 'deregistered')
      throw new DomainError('ORGANISATION.DEREGISTERED', `the organisation was deregistered on ${this.state.deregistration?.on}`, 'rule');
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get domicileDivisionCode(): string {
    return this.state.domicileDivisionCode;
  }
  snapshot(): Readonly<OrganisationState> {
    return { ...this.state };
  }
  pullChanges(): OrganisationChange[] {
    return this.changes.splice(0);
  }

  private registeredItems(): RegisteredItems {
    return { name: this.state.name, domicileDivisionCode: this.state.domicileDivisionCode, legalRepresentative: this.state.legalRepresentative };
  }

  private notBeforeRegistration(on: BusinessDate, field: string): void {
    if (on.isBefore(this.state.registeredOn))
      throw new DomainError('ORGANISATION.BEFORE_REGISTRATION', `${field} cannot precede the registration on ${this.state.registeredOn}`, 'rule', field);
  }

  private apply(next: Partial<OrganisationState>, change: OrganisationChange): void {
    this.state = { ...this.state, ...next, version: this.state.version + 1 };
    this.changes.push(change);
  }
}

/** '1A' to '5A' (or the bare number): anything else names the rule. */
export function parseGrade(raw: string): number {
  const match = /^([1-5])A?$/i.exec(String(raw ?? '').trim());
  if (!match) throw new DomainError('ORGANISATION.GRADE_OUT_OF_RANGE', 'grade must be one of 1A, 2A, 3A, 4A, 5A', 'rule', 'grade');
  return Number(match[1]);
}

function items(input: RegisteredItems): RegisteredItems {
  return {
    name: text(input.name, 'name', 100),
    domicileDivisionCode: DivisionCode.parse(input.domicileDivisionCode, 'domicileDivisionCode').value,
    legalRepresentative: text(input.legalRepresentative, 'legalRepresentative', 50),
  };
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'ORGANISATION');

export function organisationNotFound(id: string): DomainError {
  return new DomainError('ORGANISATION.NOT_FOUND', `no social organisation ${id}`, 'not-found');
}

/** A request names an organisation that does not exist (422 naming the field: the request is at fault, not its path). */
export function organisationUnknown(id: string, field = 'organisationId'): DomainError {
  return new DomainError('ORGANISATION.UNKNOWN', `no social organisation ${id}`, 'rule', field);
}

/** One code, one organisation (the unique index is the guard when two registrations race). */
export function usccTaken(): DomainError {
  return new DomainError('ORGANISATION.USCC_TAKEN', 'an organisation with this unified social credit code is registered already', 'conflict', 'uscc');
}

export function inspectionRecorded(): DomainError {
  return new DomainError('ORGANISATION.INSPECTION_RECORDED', 'the annual inspection of this year is recorded already', 'conflict', 'year');
}
