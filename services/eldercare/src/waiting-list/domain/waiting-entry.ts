import { BusinessDate, CitizenId, DivisionCode, DomainError } from '@civic/domain-kernel';

export type WaitingStatus = 'waiting' | 'offered' | 'admitted' | 'dropped' | 'closed';

export interface WaitingEntryState {
  id: string;
  citizenId: CitizenId;
  name: string;
  divisionCode: string;
  appliedAt: Date;
  status: WaitingStatus;
  declines: number;
  priorityKey: string;
  closedReason: string | null;
  version: number;
}

/** 轮候登记: an elder waiting for a basic-guarantee bed in a district, with their place in line. */
export class WaitingEntry {
  private constructor(private state: WaitingEntryState) {}

  static restore(state: WaitingEntryState): WaitingEntry {
    return new WaitingEntry({ ...state });
  }

  /** An elder of the legal age for basic elder-care services applies in a division. */
  static apply(
    input: { id: string; citizenId: CitizenId; name: string; divisionCode: string; appliedAt: Date; priorityKey: string },
    today: BusinessDate,
  ): WaitingEntry {
    if (input.citizenId.birthDate.fullYearsUntil(today) < MIN_AGE) {
      throw new DomainError('WAITING_LIST.TOO_YOUNG', `the basic-guarantee waiting list is for elders of ${MIN_AGE} and over`, 'rule', 'citizenId');
    }
    const name = (input.name ?? '').trim();
    if (!name || name.length > 50) throw new DomainError('WAITING_LIST.FIELD_INVALID', 'name must be 1-50 characters', 'invalid', 'name');
    return new WaitingEntry({
      ...input,
      name,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      status: 'waiting',
      declines: 0,
      closedReason: null,
      version: 1,
    });
  }

  offered(): void {
    if (this.state.status !== 'waiting') throw new DomainError('WAITING_LIST.NOT_WAITING', `the entry is ${this.state.status}, not waiting`, 'conflict');
    this.state = { ...this.state, status: 'offered', version: this.state.version + 1 };
  }

  admitted(): void {
    this.requireOffered();
    this.state = { ...this.state, status: 'admitted', version: this.state.version + 1 };
  }

  /** A declined or lapsed offer: back in line at the same place, or out of it after `maxDeclines`. */
  declined(maxDeclines: number): void {
    this.requireOffered();
    const declines = this.state.declines + 1;
    const dropped = declines >= maxDeclines;
    this.state = {
      ...this.state,
      declines,
      status: dropped ? 'dropped' : 'waiting',
      closedReason: dropped ? `declined ${declines} offers` : null,
      version: this.state.version + 1,
    };
  }

  /** Leaves the line for good (death, withdrawal, moved away). */
  close(reason: string): void {
    if (this.state.status === 'admitted' || this.state.status === 'dropped' || this.state.status === 'closed') {
      throw new DomainError('WAITING_LIST.CLOSED', `the entry is already ${this.state.status}`, 'conflict');
    }
    const why = (reason ?? '').trim();
    if (!why || why.length > 500) throw new DomainError('WAITING_LIST.FIELD_INVALID', 'reason must be 1-500 characters', 'invalid', 'reason');
    this.state = { ...this.state, status: 'closed', closedReason: why, version: this.state.version + 1 };
  }

  reprioritised(priorityKey: string): void {
    this.state = { ...this.state, priorityKey };
  }

  get id(): string {
    return this.state.id;
  }
  get status(): WaitingStatus {
    return this.state.status;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<WaitingEntryState> {
    return { ...this.state };
  }

  private requireOffered(): void {
    if (this.state.status !== 'offered') throw new DomainError('WAITING_LIST.NOT_OFFERED', `the entry is ${this.state.status}, with no open offer`, 'conflict');
  }
}

/** 基本养老服务: the waiting list serves elders of 60 and over. */
export const MIN_AGE = 60;

export function waitingEntryNotFound(id: string): DomainError {
  return new DomainError('WAITING_LIST.NOT_FOUND', `no waiting-list entry ${id}`, 'not-found');
}

export function alreadyInLine(): DomainError {
  return new DomainError('WAITING_LIST.ALREADY_IN_LINE', 'the elder is already in line or holds an offer', 'conflict', 'citizenId');
}
