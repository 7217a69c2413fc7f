import { BusinessDate, CitizenId, DivisionCode, DomainError, notInFuture, requiredText } from '@civic/domain-kernel';
import { ChildCategory, checkCategory, checkGuardianFits, GUARDIAN_RELATIONS, GuardianRelation } from './child-rules';

export interface CategoryPeriod {
  category: ChildCategory;
  subKind: string | null;
  effectiveOn: BusinessDate;
  reason: string;
  recordedBy: string;
}

export interface Guardian {
  id: string;
  citizenId: CitizenId | null;
  name: string;
  relation: GuardianRelation;
  contact: string;
  from: BusinessDate;
  to: BusinessDate | null;
  endReason: string | null;
}

export const CLOSE_REASONS = ['adult', 'adopted', 'deceased', 'moved-away'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export interface ChildState {
  id: string;
  citizenId: CitizenId;
  name: string;
  divisionCode: string;
  address: string;
  registeredOn: BusinessDate;
  categories: CategoryPeriod[];
  guardians: Guardian[];
  status: 'active' | 'closed';
  closedOn: BusinessDate | null;
  closedReason: CloseReason | null;
  version: number;
}

export type ChildChange =
  | { kind: 'registered' }
  | { kind: 'category-changed'; from: ChildCategory; period: CategoryPeriod }
  | { kind: 'guardian-added'; guardian: Guardian }
  | { kind: 'guardianship-ended'; guardian: Guardian }
  | { kind: 'closed' };

/**
 * A child's record (儿童信息), one per citizen ID: the category with its history (who changed it,
 * from when, why) and the guardians (监护人) with theirs. Closed at 18, on adoption or death.
 */
export class Child {
  private readonly changes: ChildChange[] = [];

  private constructor(private state: ChildState) {}

  static restore(state: ChildState): Child {
    return new Child({ ...state, categories: [...state.categories], guardians: state.guardians.map((g) => ({ ...g })) });
  }

  static register(
    input: {
      id: string;
      citizenId: CitizenId;
      name: string;
      divisionCode: string;
      address: string;
      category: string;
      subKind: string | null;
      registeredOn: BusinessDate;
      recordedBy: string;
    },
    today: BusinessDate,
  ): Child {
    notAfter(input.registeredOn, today, 'registeredOn');
    const category = checkCategory(input.category, input.subKind, input.citizenId, input.registeredOn);
    const child = new Child({
      id: input.id,
      citizenId: input.citizenId,
      name: text(input.name, 'name', 50),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      address: text(input.address, 'address', 200),
      registeredOn: input.registeredOn,
      categories: [{ category, subKind: input.subKind, effectiveOn: input.registeredOn, reason: '登记', recordedBy: input.recordedBy }],
      guardians: [],
      status: 'active',
      closedOn: null,
      closedReason: null,
      version: 1,
    });
    child.changes.push({ kind: 'registered' });
    return child;
  }

  /** The category changes from a date (not before the one in force, not in the future), with its reason and recorder. */
  changeCategory(
    input: { category: string; subKind: string | null; effectiveOn: BusinessDate; reason: string; recordedBy: string },
    today: BusinessDate,
  ): void {
    this.requireActive();
    notAfter(input.effectiveOn, today, 'effectiveOn');
    const current = this.current;
    if (!input.effectiveOn.isAfter(current.effectiveOn))
      throw new DomainError('CHILD.OUT_OF_ORDER', `effectiveOn must be after the current category's (${current.effectiveOn})`, 'rule', 'effectiveOn');
    const category = checkCategory(input.category, input.subKind, this.state.citizenId, input.effectiveOn);
    if (category === current.category && input.subKind === current.subKind)
      throw new DomainError('CHILD.SAME_CATEGORY', `the child is already ${category}`, 'conflict', 'category');
    if (category === 'orphan' && this.openGuardians().some((g) => g.relation === 'father' || g.relation === 'mother'))
      throw new DomainError('CHILD.ORPHAN_PARENT', 'end the parents’ guardianship before the child is an orphan (孤儿)', 'rule', 'category');
    const period: CategoryPeriod = {
      category,
      subKind: input.subKind,
      effectiveOn: input.effectiveOn,
      reason: text(input.reason, 'reason', 500),
      recordedBy: input.recordedBy,
    };
    this.state = { ...this.state, categories: [...this.state.categories, period], version: this.state.version + 1 };
    this.changes.push({ kind: 'category-changed', from: current.category, period });
  }

  addGuardian(
    input: { id: string; citizenId: CitizenId | null; name: string; relation: string; contact: string; from: BusinessDate },
    today: BusinessDate,
  ): Guardian {
    this.requireActive();
    notAfter(input.from, today, 'from');
    if (!(GUARDIAN_RELATIONS as readonly string[]).includes(input.relation))
      throw new DomainError('CHILD.RELATION_INVALID', `relation must be one of ${GUARDIAN_RELATIONS.join(', ')}`, 'invalid', 'relation');
    checkGuardianFits(this.current.category, input.relation as GuardianRelation);
    if (input.citizenId && this.openGuardians().some((g) => g.citizenId?.value === input.citizenId!.value))
      throw new DomainError('CHILD.ALREADY_GUARDIAN', 'the person is already a guardian of the child', 'conflict', 'citizenId');
    if (input.citizenId?.value === this.state.citizenId.value)
      throw new DomainError('CHILD.SELF_GUARDIAN', 'a child is not their own guardian', 'rule', 'citizenId');
    const guardian: Guardian = {
      ...input,
      relation: input.relation as GuardianRelation,
      name: text(input.name, 'name', 100),
      contact: text(input.contact, 'contact', 50),
      to: null,
      endReason: null,
    };
    this.state = { ...this.state, guardians: [...this.state.guardians, guardian], version: this.state.version + 1 };
    this.changes.push({ kind: 'guardian-added', guardian });
    return guardian;
  }

  /** A guardianship ends (death, revocation 撤销监护资格, the child placed elsewhere), on a day not before it began. */
  endGuardianship(guardianId: string, to: BusinessDate, reason: string): Guardian {
    const guardian = this.state.guardians.find((g) => g.id === guardianId);
    if (!guardian) throw new DomainError('CHILD.GUARDIAN_NOT_FOUND', `no guardian ${guardianId} of this child`, 'not-found');
    if (guardian.to) throw new DomainError('CHILD.GUARDIANSHIP_ENDED', 'the guardianship has already ended', 'conflict');
    if (guardian.from.isAfter(to)) throw new DomainError('CHILD.OUT_OF_ORDER', `to cannot be before the guardianship began (${guardian.from})`, 'rule', 'to');
    const ended = { ...guardian, to, endReason: text(reason, 'reason', 500) };
    this.state = { ...this.state, guardians: this.state.guardians.map((g) => (g === guardian ? ended : g)), version: this.state.version + 1 };
    this.changes.push({ kind: 'guardianship-ended', guardian: ended });
    return ended;
  }

  /** The record closes (18 years old, adopted, deceased, moved away); the guardianships end with it. */
  close(reason: CloseReason, on: BusinessDate): void {
    this.requireActive();
    const guardians = this.state.guardians.map((g) => (g.to ? g : { ...g, to: on, endReason: `record closed: ${reason}` }));
    this.state = { ...this.state, status: 'closed', closedOn: on, closedReason: reason, guardians, version: this.state.version + 1 };
    this.changes.push({ kind: 'closed' });
  }

  openGuardians(): Guardian[] {
    return this.state.guardians.filter((g) => g.to === null);
  }
  get current(): CategoryPeriod {
    return this.state.categories[this.state.categories.length - 1];
  }
  get isActive(): boolean {
    return this.state.status === 'active';
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
  snapshot(): Readonly<ChildState> {
    return { ...this.state };
  }
  pullChanges(): ChildChange[] {
    return this.changes.splice(0);
  }

  private requireActive(): void {
    if (this.state.status !== 'active') throw new DomainError('CHILD.CLOSED', `the child's record is closed (${this.state.closedReason})`, 'conflict');
  }
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'CHILD');

const notAfter = (date: BusinessDate, today: BusinessDate, field: string): void => notInFuture(date, today, field, 'CHILD');

export function childNotFound(id: string): DomainError {
  return new DomainError('CHILD.NOT_FOUND', `no child record ${id}`, 'not-found');
}

/** One record per citizen ID (the unique index is the guard when two requests race). */
export function childExists(): DomainError {
  return new DomainError('CHILD.EXISTS', 'the child already has a record', 'conflict', 'citizenId');
}
