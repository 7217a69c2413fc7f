import { BusinessDate, CitizenId, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';
import { VolunteerChange } from './volunteer-change';

export interface VolunteerState {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  registeredOn: BusinessDate;
  status: 'active' | 'closed';
  closure: { on: BusinessDate; reason: string } | null;
  /** The organisations served and since when. */
  memberships: Array<{ organisationId: string; joinedOn: BusinessDate }>;
  version: number;
}

/** The reason a death closes a record with. */
export const DEATH = '死亡';

/** One service record: at most a day's hours, to the tenth of an hour (志愿服务记录与证明出具办法 records hours to one decimal). */
export const MAX_HOURS_PER_RECORD = 24;

/**
 * A registered volunteer (志愿者) serving with social organisations: service records with hours
 * build the cumulative hours a certificate states. The record closes when the volunteer dies.
 */
export class Volunteer {
  private readonly changes: VolunteerChange[] = [];

  private constructor(private state: VolunteerState) {}

  static restore(state: VolunteerState): Volunteer {
    return new Volunteer({ ...state, memberships: [...state.memberships] });
  }

  static register(input: { id: string; citizenId: string; name: string; divisionCode: string; registeredOn: BusinessDate }): Volunteer {
    const volunteer = new Volunteer({
      id: input.id,
      citizenId: CitizenId.parse(input.citizenId, 'citizenId').value,
      name: requiredText(input.name, 'name', 50, 'VOLUNTEER'),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      registeredOn: input.registeredOn,
      status: 'active',
      closure: null,
      memberships: [],
      version: 1,
    });
    volunteer.changes.push({ kind: 'registered' });
    return volunteer;
  }

  /** Joins an organisation to serve with it (once). */
  join(organisationId: string, on: BusinessDate): void {
    this.requireActive();
    if (on.isBefore(this.state.registeredOn))
      throw new DomainError('VOLUNTEER.BEFORE_REGISTRATION', 'joinedOn cannot precede the registration', 'rule', 'joinedOn');
    if (this.state.memberships.some((m) => m.organisationId === organisationId))
      throw new DomainError('VOLUNTEER.ALREADY_MEMBER', 'the volunteer serves with this organisation already', 'conflict', 'organisationId');
    this.apply({ memberships: [...this.state.memberships, { organisationId, joinedOn: on }] }, { kind: 'joined', organisationId, on });
  }

  /** A service record of an organisation the volunteer had joined by that day. */
  serve(organisationId: string, on: BusinessDate, hours: number, activity: string): void {
    this.requireActive();
    const membership = this.state.memberships.find((m) => m.organisationId === organisationId);
    if (!membership || on.isBefore(membership.joinedOn))
      throw new DomainError('VOLUNTEER.NOT_MEMBER', 'the volunteer had not joined this organisation on that day', 'rule', 'organisationId');
    const tenths = Math.round(hours * 10);
    if (!Number.isFinite(hours) || Math.abs(hours * 10 - tenths) > 1e-9 || tenths < 1 || tenths > MAX_HOURS_PER_RECORD * 10)
      throw new DomainError('VOLUNTEER.HOURS_INVALID', `hours must be 0.1 to ${MAX_HOURS_PER_RECORD}, to one decimal`, 'rule', 'hours');
    this.apply({}, { kind: 'served', organisationId, on, tenthsOfHours: tenths, activity: requiredText(activity, 'activity', 200, 'VOLUNTEER') });
  }

  /** Closes the record (a death, or the volunteer's wish); no service is recorded after. */
  close(on: BusinessDate, reason: string): void {
    this.requireActive();
    const why = requiredText(reason, 'reason', 200, 'VOLUNTEER');
    this.apply({ status: 'closed', closure: { on, reason: why } }, { kind: 'closed', on, reason: why });
  }

  /** The death that closed the record was registered in error (撤销死亡登记) or its date corrected: undo or move the closure. */
  deathRevoked(): void {
    if (!this.closedByDeath()) return;
    this.apply({ status: 'active', closure: null }, { kind: 'reopened', reason: '死亡登记撤销' });
  }

  deathCorrected(on: BusinessDate): void {
    if (!this.closedByDeath() || this.state.closure!.on.equals(on)) return;
    this.apply({ closure: { on, reason: DEATH } }, { kind: 'closed', on, reason: DEATH });
  }

  requireActive(): void {
    if (this.state.status !== 'active') throw new DomainError('VOLUNTEER.CLOSED', `the volunteer's record closed on ${this.state.closure?.on}`, 'rule');
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<VolunteerState> {
    return { ...this.state };
  }
  pullChanges(): VolunteerChange[] {
    return this.changes.splice(0);
  }

  private closedByDeath(): boolean {
    return this.state.status === 'closed' && this.state.closure?.reason === DEATH;
  }

  private apply(next: Partial<VolunteerState>, change: VolunteerChange): void {
    this.state = { ...this.state, ...next, version: this.state.version + 1 };
    this.changes.push(change);
  }
}

export function volunteerNotFound(id: string): DomainError {
  return new DomainError('VOLUNTEER.NOT_FOUND', `no volunteer ${id}`, 'not-found');
}

export function volunteerRegistered(): DomainError {
  return new DomainError('VOLUNTEER.ALREADY_REGISTERED', 'a volunteer with this citizen ID is registered already', 'conflict', 'citizenId');
}
