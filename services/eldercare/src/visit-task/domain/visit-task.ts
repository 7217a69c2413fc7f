import { BusinessDate, DomainError } from '@civic/domain-kernel';

export interface VisitTaskState {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  reason: string;
  status: 'open' | 'closed';
  visitedOn: BusinessDate | null;
  outcome: string | null;
  version: number;
}

/** 探访任务: a district visits an elder the community tagged living alone (独居老人), and records what it found. */
export class VisitTask {
  private constructor(private state: VisitTaskState) {}

  static restore(state: VisitTaskState): VisitTask {
    return new VisitTask({ ...state });
  }

  static plan(input: { id: string; citizenId: string; name: string; divisionCode: string; reason: string }): VisitTask {
    return new VisitTask({ ...input, status: 'open', visitedOn: null, outcome: null, version: 1 });
  }

  close(visitedOn: BusinessDate, outcome: string, today: BusinessDate): void {
    if (this.state.status === 'closed') throw new DomainError('VISIT.CLOSED', 'the visit is already recorded', 'conflict');
    if (visitedOn.isAfter(today)) throw new DomainError('VISIT.IN_FUTURE', 'a visit cannot be dated later than today', 'invalid', 'visitedOn');
    const what = (outcome ?? '').trim();
    if (!what || what.length > 1000) throw new DomainError('VISIT.FIELD_INVALID', 'outcome must be 1-1000 characters', 'invalid', 'outcome');
    this.state = { ...this.state, status: 'closed', visitedOn, outcome: what, version: this.state.version + 1 };
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<VisitTaskState> {
    return { ...this.state };
  }
}

/** The community tag that makes eldercare plan a visit. */
export const LIVING_ALONE_TAG = 'living-alone-elder';

export function visitTaskNotFound(id: string): DomainError {
  return new DomainError('VISIT.NOT_FOUND', `no visit task ${id}`, 'not-found');
}
