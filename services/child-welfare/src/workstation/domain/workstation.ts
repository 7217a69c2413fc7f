import { BusinessDate, CitizenId, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

/** 儿童督导员 (a sub-district's supervisor) and 儿童主任 (a child director, who owns cases). */
export const STAFF_ROLES = ['supervisor', 'director'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  id: string;
  citizenId: CitizenId;
  name: string;
  role: StaffRole;
  phone: string;
  appointedOn: BusinessDate;
  leftOn: BusinessDate | null;
}

export interface WorkstationState {
  id: string;
  divisionCode: string;
  name: string;
  establishedOn: BusinessDate;
  staff: StaffMember[];
  version: number;
}

export type WorkstationChange = { kind: 'established' } | { kind: 'staff-appointed'; member: StaffMember } | { kind: 'staff-left'; member: StaffMember };

/**
 * 未成年人保护工作站: one per sub-district (街道/乡镇), with its supervisors and child directors.
 * Every protection case is owned by a workstation and one of its directors.
 */
export class Workstation {
  private readonly changes: WorkstationChange[] = [];

  private constructor(private state: WorkstationState) {}

  static restore(state: WorkstationState): Workstation {
    return new Workstation({ ...state, staff: state.staff.map((m) => ({ ...m })) });
  }

  static establish(
    input: { id: string; divisionCode: string; divisionLevel: string; name: string; establishedOn: BusinessDate },
    today: BusinessDate,
  ): Workstation {
    const code = DivisionCode.parse(input.divisionCode, 'divisionCode').value;
    if (input.divisionLevel !== 'township')
      throw new DomainError('WORKSTATION.NOT_A_SUB_DISTRICT', 'a workstation serves a sub-district (街道/乡镇): a 9-digit division', 'rule', 'divisionCode');
    if (input.establishedOn.isAfter(today))
      throw new DomainError('WORKSTATION.IN_FUTURE', 'establishedOn cannot be later than today', 'invalid', 'establishedOn');
    const station = new Workstation({
      id: input.id,
      divisionCode: code,
      name: text(input.name, 'name', 100),
      establishedOn: input.establishedOn,
      staff: [],
      version: 1,
    });
    station.changes.push({ kind: 'established' });
    return station;
  }

  /** A supervisor or director is appointed; one person holds one post of a workstation at a time. */
  appoint(
    input: { id: string; citizenId: CitizenId; name: string; role: StaffRole; phone: string; appointedOn: BusinessDate },
    today: BusinessDate,
  ): StaffMember {
    if (!(STAFF_ROLES as readonly string[]).includes(input.role))
      throw new DomainError('WORKSTATION.ROLE_INVALID', 'role must be supervisor or director', 'invalid', 'role');
    if (input.appointedOn.isAfter(today)) throw new DomainError('WORKSTATION.IN_FUTURE', 'appointedOn cannot be later than today', 'invalid', 'appointedOn');
    if (this.state.establishedOn.isAfter(input.appointedOn))
      throw new DomainError(
        'WORKSTATION.OUT_OF_ORDER',
        `appointedOn cannot be before the workstation was established (${this.state.establishedOn})`,
        'rule',
        'appointedOn',
      );
    if (this.active().some((m) => m.citizenId.value === input.citizenId.value))
      throw new DomainError('WORKSTATION.ALREADY_STAFF', 'the person already holds a post at this workstation', 'conflict', 'citizenId');
    if (!/^[0-9+\-\s]{5,20}$/.test(input.phone ?? '')) throw new DomainError('WORKSTATION.FIELD_INVALID', 'phone must be 5-20 digits', 'invalid', 'phone');
    const member: StaffMember = { ...input, name: text(input.name, 'name', 50), leftOn: null };
    this.state = { ...this.state, staff: [...this.state.staff, member], version: this.state.version + 1 };
    this.changes.push({ kind: 'staff-appointed', member });
    return member;
  }

  /** A staff member leaves their post, on a day not before the appointment. */
  release(staffId: string, leftOn: BusinessDate, today: BusinessDate): StaffMember {
    const member = this.state.staff.find((m) => m.id === staffId);
    if (!member) throw new DomainError('WORKSTATION.STAFF_NOT_FOUND', `no staff member ${staffId} at this workstation`, 'not-found');
    if (member.leftOn) throw new DomainError('WORKSTATION.STAFF_LEFT', 'the staff member has already left', 'conflict');
    if (leftOn.isAfter(today)) throw new DomainError('WORKSTATION.IN_FUTURE', 'leftOn cannot be later than today', 'invalid', 'leftOn');
    if (member.appointedOn.isAfter(leftOn)) throw new DomainError('WORKSTATION.OUT_OF_ORDER', 'leftOn cannot be before the appointment', 'rule', 'leftOn');
    const left = { ...member, leftOn };
    this.state = { ...this.state, staff: this.state.staff.map((m) => (m === member ? left : m)), version: this.state.version + 1 };
    this.changes.push({ kind: 'staff-left', member: left });
    return left;
  }

  /** A director of this workstation in post, who may own a case. */
  director(staffId: string): StaffMember {
    const member = this.active().find((m) => m.id === staffId && m.role === 'director');
    if (!member)
      throw new DomainError('WORKSTATION.NOT_A_DIRECTOR', 'the case owner must be a child director in post at the workstation', 'rule', 'directorId');
    return member;
  }

  active(): StaffMember[] {
    return this.state.staff.filter((m) => m.leftOn === null);
  }
  get id(): string {
    return this.state.id;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<WorkstationState> {
    return { ...this.state };
  }
  pullChanges(): WorkstationChange[] {
    return this.changes.splice(0);
  }
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'WORKSTATION');

export function workstationNotFound(id: string): DomainError {
  return new DomainError('WORKSTATION.NOT_FOUND', `no workstation ${id}`, 'not-found');
}

/** One workstation per sub-district (the unique index is the guard when two requests race). */
export function workstationExists(): DomainError {
  return new DomainError('WORKSTATION.EXISTS', 'the sub-district already has a workstation', 'conflict', 'divisionCode');
}
