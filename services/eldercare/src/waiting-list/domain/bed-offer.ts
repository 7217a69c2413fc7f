import { BusinessDate, DomainError } from '@civic/domain-kernel';

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

export interface BedOfferState {
  id: string;
  entryId: string;
  bedId: string;
  divisionCode: string;
  offeredOn: BusinessDate;
  expiresOn: BusinessDate;
  status: OfferStatus;
  decidedOn: BusinessDate | null;
  reason: string | null;
  /** Set when the caseworker offered past a higher-priority elder: the recorded reason. */
  skipReason: string | null;
}

/** 床位分配: a vacant basic-guarantee bed offered to one waiting elder until a date. */
export class BedOffer {
  private constructor(private state: BedOfferState) {}

  static restore(state: BedOfferState): BedOffer {
    return new BedOffer({ ...state });
  }

  static make(input: {
    id: string;
    entryId: string;
    bedId: string;
    divisionCode: string;
    offeredOn: BusinessDate;
    validDays: number;
    skipReason: string | null;
  }): BedOffer {
    return new BedOffer({
      id: input.id,
      entryId: input.entryId,
      bedId: input.bedId,
      divisionCode: input.divisionCode,
      offeredOn: input.offeredOn,
      expiresOn: input.offeredOn.addDays(input.validDays),
      status: 'open',
      decidedOn: null,
      reason: null,
      skipReason: input.skipReason,
    });
  }

  accept(on: BusinessDate): void {
    this.requireOpen(on);
    if (on.isAfter(this.state.expiresOn)) throw new DomainError('OFFER.EXPIRED', `the offer lapsed on ${this.state.expiresOn}`, 'conflict');
    this.state = { ...this.state, status: 'accepted', decidedOn: on };
  }

  decline(on: BusinessDate, reason: string): void {
    this.requireOpen(on);
    const why = (reason ?? '').trim();
    if (!why || why.length > 500) throw new DomainError('OFFER.FIELD_INVALID', 'reason must be 1-500 characters', 'invalid', 'reason');
    this.state = { ...this.state, status: 'declined', decidedOn: on, reason: why };
  }

  /** Past its date without an answer: treated as declined (逾期未确认视为放弃). */
  expire(today: BusinessDate): void {
    this.requireOpen(today);
    if (!today.isAfter(this.state.expiresOn)) throw new DomainError('OFFER.NOT_DUE', 'the offer still stands', 'conflict');
    this.state = { ...this.state, status: 'expired', decidedOn: today, reason: 'no answer by the offer date' };
  }

  /** The elder can no longer take it (died, left the line). */
  withdraw(on: BusinessDate, reason: string): void {
    this.requireOpen(on);
    this.state = { ...this.state, status: 'withdrawn', decidedOn: on, reason };
  }

  get id(): string {
    return this.state.id;
  }
  get entryId(): string {
    return this.state.entryId;
  }
  get bedId(): string {
    return this.state.bedId;
  }
  get status(): OfferStatus {
    return this.state.status;
  }
  snapshot(): Readonly<BedOfferState> {
    return { ...this.state };
  }

  private requireOpen(_on: BusinessDate): void {
    if (this.state.status !== 'open') throw new DomainError('OFFER.DECIDED', `the offer is already ${this.state.status}`, 'conflict');
  }
}

export function offerNotFound(id: string): DomainError {
  return new DomainError('OFFER.NOT_FOUND', `no offer ${id}`, 'not-found');
}

export function noOneWaiting(): DomainError {
  return new DomainError('WAITING_LIST.EMPTY', 'no elder of the district is waiting', 'conflict');
}

export function noVacantBed(): DomainError {
  return new DomainError('WAITING_LIST.NO_VACANT_BED', 'the district has no vacant basic-guarantee bed to offer', 'conflict');
}

/** Offering past a higher-priority waiting elder needs the reason recorded. */
export function skipNeedsReason(): DomainError {
  return new DomainError(
    'WAITING_LIST.SKIP_NEEDS_REASON',
    'a higher-priority elder of the district is waiting: give skipReason to offer past them',
    'rule',
    'entryId',
  );
}
