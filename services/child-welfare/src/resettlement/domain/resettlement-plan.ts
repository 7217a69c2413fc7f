import { BusinessDate, DomainError, requiredText } from '@civic/domain-kernel';

/** 成年孤儿安置: what the plan secures for the young adult. */
export const RESETTLEMENT_TRACKS = ['housing', 'education', 'employment'] as const;
export type ResettlementTrack = (typeof RESETTLEMENT_TRACKS)[number];

export interface ResettlementPlanState {
  id: string;
  childId: string;
  divisionCode: string;
  adultOn: BusinessDate;
  status: 'open' | 'planned' | 'closed';
  tracks: ResettlementTrack[];
  measures: string | null;
  followUps: { on: BusinessDate; notes: string }[];
  closedOn: BusinessDate | null;
  closedReason: string | null;
  version: number;
}

/**
 * 成年孤儿安置: when an orphan (or a de-facto unattended child) turns 18, the child record closes and
 * a resettlement plan opens; the plan names its tracks (housing, education, employment) and measures,
 * is followed up, and closes when the young adult is settled.
 */
export class ResettlementPlan {
  private constructor(private state: ResettlementPlanState) {}

  static restore(state: ResettlementPlanState): ResettlementPlan {
    return new ResettlementPlan({ ...state, tracks: [...state.tracks], followUps: [...state.followUps] });
  }

  static open(input: { id: string; childId: string; divisionCode: string; adultOn: BusinessDate }): ResettlementPlan {
    return new ResettlementPlan({ ...input, status: 'open', tracks: [], measures: null, followUps: [], closedOn: null, closedReason: null, version: 1 });
  }

  /** The tracks and measures (at least one track), once. */
  plan(input: { tracks: string[]; measures: string }): void {
    if (this.state.status !== 'open')
      throw new DomainError('RESETTLEMENT.WRONG_STEP', `the plan is ${this.state.status}; it is planned once, when open`, 'conflict');
    const tracks = [...new Set(input.tracks)];
    if (tracks.length === 0 || tracks.some((t) => !(RESETTLEMENT_TRACKS as readonly string[]).includes(t)))
      throw new DomainError('RESETTLEMENT.TRACKS_INVALID', `tracks: one or more of ${RESETTLEMENT_TRACKS.join(', ')}`, 'invalid', 'tracks');
    this.state = {
      ...this.state,
      status: 'planned',
      tracks: tracks as ResettlementTrack[],
      measures: text(input.measures, 'measures', 2000),
      version: this.state.version + 1,
    };
  }

  followUp(input: { on: BusinessDate; notes: string }, today: BusinessDate): void {
    if (this.state.status !== 'planned') throw new DomainError('RESETTLEMENT.WRONG_STEP', 'a plan is followed up once planned and until closed', 'conflict');
    if (input.on.isAfter(today)) throw new DomainError('RESETTLEMENT.IN_FUTURE', 'on cannot be later than today', 'invalid', 'on');
    if (this.state.adultOn.isAfter(input.on)) throw new DomainError('RESETTLEMENT.OUT_OF_ORDER', `on cannot be before ${this.state.adultOn}`, 'rule', 'on');
    this.state = {
      ...this.state,
      followUps: [...this.state.followUps, { on: input.on, notes: text(input.notes, 'notes', 2000) }],
      version: this.state.version + 1,
    };
  }

  close(input: { closedOn: BusinessDate; reason: string }, today: BusinessDate): void {
    if (this.state.status === 'closed') throw new DomainError('RESETTLEMENT.CLOSED', 'the plan is closed', 'conflict');
    if (input.closedOn.isAfter(today)) throw new DomainError('RESETTLEMENT.IN_FUTURE', 'closedOn cannot be later than today', 'invalid', 'closedOn');
    if (this.state.adultOn.isAfter(input.closedOn))
      throw new DomainError('RESETTLEMENT.OUT_OF_ORDER', `closedOn cannot be before ${this.state.adultOn}`, 'rule', 'closedOn');
    this.state = {
      ...this.state,
      status: 'closed',
      closedOn: input.closedOn,
      closedReason: text(input.reason, 'reason', 500),
      version: this.state.version + 1,
    };
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<ResettlementPlanState> {
    return { ...this.state };
  }
}

/** The categories whose children are resettled at 18. */
export const RESETTLED_CATEGORIES = ['orphan', 'de-facto-unattended'];

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'RESETTLEMENT');

export function resettlementPlanNotFound(id: string): DomainError {
  return new DomainError('RESETTLEMENT.NOT_FOUND', `no resettlement plan ${id}`, 'not-found');
}
