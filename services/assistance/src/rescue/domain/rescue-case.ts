import { BusinessDate, CitizenId, DivisionCode, DomainError } from '@civic/domain-kernel';

export type RescueStatus = 'intake' | 'sheltered' | 'identity-search' | 'identified' | 'reunited' | 'placed' | 'closed';
export const RESCUE_STATUS_LABELS =
  'intake 接收 | sheltered 入站救助 | identity-search 寻亲 | identified 身份查明 | reunited 返乡团聚 | placed 安置 | closed 结案';
export type RescueOutcome = 'reunited' | 'placed' | 'left-voluntarily' | 'died' | 'transferred';

export interface RescueState {
  id: string;
  status: RescueStatus;
  foundDivisionCode: string;
  foundOn: BusinessDate;
  foundPlace: string;
  description: string;
  sex: string | null;
  estimatedAge: number | null;
  shelter: string | null;
  shelteredOn: BusinessDate | null;
  personName: string | null;
  citizenId: string | null;
  identitySearch: { on: string; method: string; result: string }[];
  outcome: { kind: RescueOutcome; detail: string; on: string } | null;
  closedOn: BusinessDate | null;
  version: number;
}

/** A homeless rescue case (流浪乞讨人员救助, "帮你找到家"): intake, shelter, identity search, reunion or placement, closure. */
export class RescueCase {
  private constructor(private state: RescueState) {}

  static restore(state: RescueState): RescueCase {
    return new RescueCase({ ...state, identitySearch: [...state.identitySearch] });
  }

  /** 接收: a person found homeless or begging, on a day not after today. */
  static intake(
    input: {
      id: string;
      foundDivisionCode: string;
      foundOn: BusinessDate;
      foundPlace: string;
      description: string;
      personName?: string;
      sex?: string;
      estimatedAge?: number;
    },
    today: BusinessDate,
  ): RescueCase {
    if (input.foundOn.isAfter(today)) throw new DomainError('RESCUE.FOUND_IN_FUTURE', 'foundOn cannot be in the future', 'invalid', 'foundOn');
    return new RescueCase({
      id: input.id,
      status: 'intake',
      foundDivisionCode: DivisionCode.parse(input.foundDivisionCode, 'foundDivisionCode').value,
      foundOn: input.foundOn,
      foundPlace: input.foundPlace,
      description: input.description,
      sex: input.sex ?? null,
      estimatedAge: input.estimatedAge ?? null,
      shelter: null,
      shelteredOn: null,
      personName: input.personName ?? null,
      citizenId: null,
      identitySearch: [],
      outcome: null,
      closedOn: null,
      version: 1,
    });
  }

  admitToShelter(shelter: string, on: BusinessDate): void {
    this.require(['intake'], 'admit to a shelter');
    this.state = { ...this.state, status: 'sheltered', shelter: shelter.trim(), shelteredOn: on, version: this.state.version + 1 };
  }

  /** 寻亲: each attempt (face recognition, DNA, media, police data) is recorded with its result. */
  recordSearch(on: BusinessDate, method: string, result: string): void {
    this.require(['sheltered', 'identity-search'], 'record an identity search');
    this.state = {
      ...this.state,
      status: 'identity-search',
      identitySearch: [...this.state.identitySearch, { on: on.toString(), method, result }],
      version: this.state.version + 1,
    };
  }

  identify(citizenId: string, personName: string): void {
    this.require(['intake', 'sheltered', 'identity-search'], 'identify the person');
    const id = CitizenId.parse(citizenId, 'citizenId');
    this.state = { ...this.state, status: 'identified', citizenId: id.value, personName: personName.trim(), version: this.state.version + 1 };
  }

  /** 返乡团聚 with family, or 安置 in an institution when no family can take the person. */
  resolve(kind: 'reunited' | 'placed', detail: string, on: BusinessDate): void {
    this.require(kind === 'reunited' ? ['identified'] : ['sheltered', 'identity-search', 'identified'], kind === 'reunited' ? 'reunite' : 'place');
    this.state = { ...this.state, status: kind, outcome: { kind, detail: detail.trim(), on: on.toString() }, version: this.state.version + 1 };
  }

  /** 结案. A case that ended otherwise (left, died, transferred) closes with that outcome. */
  close(on: BusinessDate, outcome?: { kind: RescueOutcome; detail: string }): void {
    if (this.state.status === 'closed') throw new DomainError('RESCUE.ILLEGAL_TRANSITION', 'the case is already closed', 'conflict');
    const finalOutcome = this.state.outcome ?? (outcome ? { ...outcome, on: on.toString() } : null);
    if (!finalOutcome)
      throw new DomainError('RESCUE.OUTCOME_REQUIRED', 'closing a case that was not reunited or placed needs an outcome', 'invalid', 'outcome');
    this.state = { ...this.state, status: 'closed', outcome: finalOutcome, closedOn: on, version: this.state.version + 1 };
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get foundDivisionCode(): string {
    return this.state.foundDivisionCode;
  }
  snapshot(): Readonly<RescueState> {
    return { ...this.state };
  }

  private require(allowed: RescueStatus[], action: string): void {
    if (!allowed.includes(this.state.status)) {
      throw new DomainError('RESCUE.ILLEGAL_TRANSITION', `cannot ${action} while the case is ${this.state.status}`, 'conflict');
    }
  }
}

export function rescueCaseNotFound(id: string): DomainError {
  return new DomainError('RESCUE.NOT_FOUND', `no rescue case ${id}`, 'not-found');
}
