import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { ProgrammeCode } from '../../programme/domain/programme';

export type BenefitStatus = 'active' | 'suspended' | 'terminated';
export const BENEFIT_STATUS_LABELS = 'active 在保 | suspended 暂停 | terminated 终止';

export interface BenefitState {
  id: string;
  householdId: string;
  applicationId: string;
  programme: ProgrammeCode;
  divisionCode: string;
  status: BenefitStatus;
  /** One per household at a time for programmes such as 低保. */
  exclusive: boolean;
  /** The programme group the household holds one benefit of at a time (低保/特困/支出型), if any. */
  exclusionGroup: string | null;
  monthlyAmount: Money;
  recipients: number;
  memberCitizenIds: string[];
  /** What the amount was computed from (per-capita income, rule), for re-computation and audit. */
  basis: { perCapitaIncome: string; totalIncome?: string; essentialSpending?: string; rule: string; standard: string | null };
  startsOn: BusinessDate;
  endsOn: BusinessDate | null;
  version: number;
}

export type BenefitChange =
  | { kind: 'granted' }
  | { kind: 'suspended' | 'resumed' | 'terminated'; from: BenefitStatus; effectiveOn: BusinessDate; reason: string }
  | { kind: 'amount-changed'; previous: Money; amount: Money; effectiveFrom: BusinessDate; reason: string };

/**
 * A benefit (救助待遇) granted to a household: paid monthly while active; suspended (暂停) and
 * resumed (恢复), or terminated (终止) for good.
 */
export class Benefit {
  private readonly changes: BenefitChange[] = [];

  private constructor(private state: BenefitState) {}

  static restore(state: BenefitState): Benefit {
    return new Benefit({ ...state });
  }

  static grant(state: Omit<BenefitState, 'status' | 'version'>): Benefit {
    if (state.startsOn.day !== 1)
      throw new DomainError('BENEFIT.START_NOT_FIRST_OF_MONTH', 'a benefit starts on the first day of a month', 'invalid', 'startsOn');
    const benefit = new Benefit({ ...state, status: 'active', version: 1 });
    benefit.changes.push({ kind: 'granted' });
    return benefit;
  }

  suspend(effectiveOn: BusinessDate, reason: string): void {
    this.move(['active'], 'suspended', effectiveOn, reason);
  }

  resume(effectiveOn: BusinessDate, reason: string): void {
    this.move(['suspended'], 'active', effectiveOn, reason);
  }

  /** Ends the benefit: it is last paid for the month before `effectiveOn`. */
  terminate(effectiveOn: BusinessDate, reason: string): void {
    this.move(['active', 'suspended'], 'terminated', effectiveOn, reason);
    this.state = { ...this.state, endsOn: effectiveOn.addDays(-1) };
  }

  /**
   * Undoes a stop made in error (a death record revoked): active again from the date it stopped, with
   * no end, as if it had not happened. The dated change is recorded after the stop, so from that date
   * the status in force is active again and the next payment run pays the months missed as arrears.
   */
  reinstate(stoppedOn: BusinessDate, reason: string): boolean {
    if (this.state.status === 'active') return false;
    const why = (reason ?? '').trim();
    if (!why) throw new DomainError('BENEFIT.REASON_REQUIRED', 'a change of benefit status needs a reason', 'invalid', 'reason');
    const from = this.state.status;
    this.state = { ...this.state, status: 'active', endsOn: null, version: this.state.version + 1 };
    this.changes.push({ kind: 'resumed', from, effectiveOn: stoppedOn, reason: why });
    return true;
  }

  /**
   * A re-computed amount (after a standard adjustment, or a member change with the people it now
   * covers); nothing happens when amount and people are unchanged.
   */
  reprice(
    amount: Money,
    effectiveFrom: BusinessDate,
    reason: string,
    basis: BenefitState['basis'],
    coverage?: { recipients: number; memberCitizenIds: string[] },
  ): boolean {
    const covered = coverage ?? { recipients: this.state.recipients, memberCitizenIds: this.state.memberCitizenIds };
    const samePeople = covered.recipients === this.state.recipients && covered.memberCitizenIds.join() === this.state.memberCitizenIds.join();
    if (this.state.status === 'terminated' || (amount.equals(this.state.monthlyAmount) && samePeople)) return false;
    const previous = this.state.monthlyAmount;
    this.state = { ...this.state, monthlyAmount: amount, basis, ...covered, version: this.state.version + 1 };
    this.changes.push({ kind: 'amount-changed', previous, amount, effectiveFrom, reason });
    return true;
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get status(): BenefitStatus {
    return this.state.status;
  }
  snapshot(): Readonly<BenefitState> {
    return { ...this.state };
  }
  pullChanges(): BenefitChange[] {
    return this.changes.splice(0);
  }

  private move(allowed: BenefitStatus[], to: BenefitStatus, effectiveOn: BusinessDate, reason: string): void {
    if (!allowed.includes(this.state.status)) {
      throw new DomainError('BENEFIT.ILLEGAL_TRANSITION', `a ${this.state.status} benefit cannot become ${to}`, 'conflict');
    }
    const why = (reason ?? '').trim();
    if (!why) throw new DomainError('BENEFIT.REASON_REQUIRED', 'a change of benefit status needs a reason', 'invalid', 'reason');
    if (effectiveOn.day !== 1)
      throw new DomainError('BENEFIT.NOT_FIRST_OF_MONTH', 'status changes take effect on the first day of a month', 'invalid', 'effectiveOn');
    if (effectiveOn.isBefore(this.state.startsOn))
      throw new DomainError('BENEFIT.BEFORE_START', `effectiveOn cannot precede the start ${this.state.startsOn}`, 'invalid', 'effectiveOn');
    const from = this.state.status;
    this.state = { ...this.state, status: to, version: this.state.version + 1 };
    this.changes.push({ kind: to === 'active' ? 'resumed' : to, from, effectiveOn, reason: why } as BenefitChange);
  }
}
