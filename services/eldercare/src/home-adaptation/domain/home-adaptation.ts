import { BusinessDate, CitizenId, DivisionCode, DomainError, Money, notInFuture, requiredText } from '@civic/domain-kernel';
import { HomeAdaptationChange } from './home-adaptation-change';
import { approvedSubsidy } from './home-adaptation-policy';

export const HOME_ADAPTATION_STATUSES = ['applied', 'assessed', 'in-works', 'accepted', 'closed'] as const;
export type HomeAdaptationStatus = (typeof HOME_ADAPTATION_STATUSES)[number];
/** The steps still open: an elder has at most one adaptation in them, and its subsidy counts against the limit. */
export const OPEN_HOME_ADAPTATION_STATUSES: readonly HomeAdaptationStatus[] = ['applied', 'assessed', 'in-works'];

/** One item of the works the assessor plans (扶手, 防滑地面, 坐便椅…) with its estimated cost. */
export interface AdaptationItem {
  item: string;
  cost: Money;
}

export interface AdaptationAssessment {
  assessedOn: BusinessDate;
  assessor: string;
  items: AdaptationItem[];
  estimatedCost: Money;
  sharePercent: number;
  approvedSubsidy: Money;
}

export interface HomeAdaptationState {
  id: string;
  citizenId: CitizenId;
  name: string;
  divisionCode: string;
  address: string;
  appliedOn: BusinessDate;
  status: HomeAdaptationStatus;
  assessment: AdaptationAssessment | null;
  works: { contractor: string; startedOn: BusinessDate } | null;
  acceptance: { acceptedOn: BusinessDate; actualCost: Money; grantedSubsidy: Money } | null;
  closedReason: string | null;
  version: number;
}

/**
 * 居家环境适老化改造: an elder's application, assessed (the works planned, the subsidy approved within
 * the policy's share and the elder's limit), carried out by a contractor and accepted (验收), when the
 * subsidy is granted on the actual cost, never above what was approved.
 */
export class HomeAdaptation {
  private readonly changes: HomeAdaptationChange[] = [];

  private constructor(private state: HomeAdaptationState) {}

  static restore(state: HomeAdaptationState): HomeAdaptation {
    return new HomeAdaptation({ ...state });
  }

  static apply(
    input: { id: string; citizenId: CitizenId; name: string; divisionCode: string; address: string; appliedOn: BusinessDate },
    today: BusinessDate,
  ): HomeAdaptation {
    notAfterToday(input.appliedOn, today, 'appliedOn');
    const applied = new HomeAdaptation({
      id: input.id,
      citizenId: input.citizenId,
      name: text(input.name, 'name', 50),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      address: text(input.address, 'address', 200),
      appliedOn: input.appliedOn,
      status: 'applied',
      assessment: null,
      works: null,
      acceptance: null,
      closedReason: null,
      version: 1,
    });
    applied.changes.push({ kind: 'applied' });
    return applied;
  }

  /** 评估: the works planned and the subsidy approved (`remaining` is what is left of the elder's limit). */
  assess(
    input: { assessedOn: BusinessDate; assessor: string; items: AdaptationItem[]; requestedSubsidy: Money | null },
    rule: { sharePercent: number; remaining: Money },
    today: BusinessDate,
  ): void {
    this.expect('applied', 'assessed');
    notAfterToday(input.assessedOn, today, 'assessedOn');
    notBefore(input.assessedOn, this.state.appliedOn, 'assessedOn', 'the application');
    if (input.items.length === 0 || input.items.length > 30)
      throw new DomainError('HOME_ADAPTATION.ITEMS_INVALID', 'an assessment plans 1-30 items', 'invalid', 'items');
    const items = input.items.map((i, n) => {
      if (i.cost.isNegative() || i.cost.isZero())
        throw new DomainError('HOME_ADAPTATION.ITEMS_INVALID', 'each item costs more than 0', 'invalid', `items[${n}].cost`);
      return { item: text(i.item, `items[${n}].item`, 100), cost: i.cost };
    });
    const estimatedCost = items.reduce((sum, i) => sum.plus(i.cost), Money.ZERO);
    const subsidy = approvedSubsidy({ requested: input.requestedSubsidy, estimatedCost, ...rule });
    this.state = {
      ...this.state,
      status: 'assessed',
      assessment: {
        assessedOn: input.assessedOn,
        assessor: text(input.assessor, 'assessor', 100),
        items,
        estimatedCost,
        sharePercent: rule.sharePercent,
        approvedSubsidy: subsidy,
      },
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'assessed' });
  }

  /** 施工: the works start, by a contractor, once assessed. */
  startWorks(input: { contractor: string; startedOn: BusinessDate }, today: BusinessDate): void {
    this.expect('assessed', 'in-works');
    notAfterToday(input.startedOn, today, 'startedOn');
    notBefore(input.startedOn, this.state.assessment!.assessedOn, 'startedOn', 'the assessment');
    this.state = {
      ...this.state,
      status: 'in-works',
      works: { contractor: text(input.contractor, 'contractor', 100), startedOn: input.startedOn },
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'works-started' });
  }

  /** 验收: the works pass; the subsidy granted is the policy's share of the actual cost, never above the approved amount. */
  accept(input: { acceptedOn: BusinessDate; actualCost: Money }, today: BusinessDate): void {
    this.expect('in-works', 'accepted');
    notAfterToday(input.acceptedOn, today, 'acceptedOn');
    notBefore(input.acceptedOn, this.state.works!.startedOn, 'acceptedOn', 'the works');
    if (input.actualCost.isNegative() || input.actualCost.isZero())
      throw new DomainError('HOME_ADAPTATION.COST_INVALID', 'actualCost must be more than 0', 'invalid', 'actualCost');
    const assessment = this.state.assessment!;
    const byShare = input.actualCost.timesRatio(assessment.sharePercent, 100);
    const grantedSubsidy = byShare.compare(assessment.approvedSubsidy) < 0 ? byShare : assessment.approvedSubsidy;
    this.state = {
      ...this.state,
      status: 'accepted',
      acceptance: { acceptedOn: input.acceptedOn, actualCost: input.actualCost, grantedSubsidy },
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'accepted' });
  }

  /** Closed before acceptance (withdrawn, not eligible, the elder died): its approved subsidy no longer counts. */
  close(reason: string): void {
    if (!OPEN_HOME_ADAPTATION_STATUSES.includes(this.state.status))
      throw new DomainError('HOME_ADAPTATION.NOT_OPEN', `the home adaptation is ${this.state.status}`, 'conflict');
    const why = text(reason, 'reason', 500);
    this.state = { ...this.state, status: 'closed', closedReason: why, version: this.state.version + 1 };
    this.changes.push({ kind: 'closed', reason: why });
  }

  /** What this adaptation takes of the elder's limit: the granted subsidy once accepted, the approved one before. */
  committedSubsidy(): Money {
    if (this.state.status === 'closed') return Money.ZERO;
    return this.state.acceptance?.grantedSubsidy ?? this.state.assessment?.approvedSubsidy ?? Money.ZERO;
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get citizenId(): string {
    return this.state.citizenId.value;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  snapshot(): Readonly<HomeAdaptationState> {
    return { ...this.state };
  }
  pullChanges(): HomeAdaptationChange[] {
    return this.changes.splice(0);
  }

  private expect(from: HomeAdaptationStatus, to: HomeAdaptationStatus): void {
    if (this.state.status !== from) {
      throw new DomainError('HOME_ADAPTATION.WRONG_STEP', `the home adaptation is ${this.state.status}; it can be ${to} only when ${from}`, 'conflict');
    }
  }
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'HOME_ADAPTATION');

const notAfterToday = (date: BusinessDate, today: BusinessDate, field: string): void => notInFuture(date, today, field, 'HOME_ADAPTATION');

function notBefore(date: BusinessDate, earlier: BusinessDate, field: string, what: string): void {
  if (earlier.isAfter(date)) throw new DomainError('HOME_ADAPTATION.OUT_OF_ORDER', `${field} cannot be before ${what} (${earlier})`, 'rule', field);
}

export function homeAdaptationNotFound(id: string): DomainError {
  return new DomainError('HOME_ADAPTATION.NOT_FOUND', `no home adaptation ${id}`, 'not-found');
}

/** One adaptation at a time per elder (the partial unique index is the guard when two requests race). */
export function homeAdaptationAlreadyOpen(): DomainError {
  return new DomainError('HOME_ADAPTATION.ALREADY_OPEN', 'the elder already has a home adaptation under way', 'conflict', 'citizenId');
}
