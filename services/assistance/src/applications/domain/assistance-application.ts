import { BusinessDate, CHINA_WORKING_CALENDAR, DomainError, Money } from '@civic/domain-kernel';
import { ProgrammeCode, StageLimits } from '../../programme/domain/programme';
import { ApplicationTransition } from './application-change';
import { ApplicationStatus, PUBLIC_NOTICE_DAYS } from './application-status';

/** 经济状况核对: what the verifier found, which replaces the declared figures in the means test. */
export interface Verification {
  verifiedBy: string;
  verifiedOn: string;
  /** Verified monthly income and assets per member, by citizen ID. */
  members: { citizenId: string; monthlyIncome: string; assets: string }[];
  monthlyEssentialSpending: string;
  /**
   * 法定赡养、抚养、扶养义务人 outside the household (spouse, parents, children) and whether each is
   * able to support; null when verification did not look at them (特困 needs them looked at).
   */
  legalSupporters?: LegalSupporter[] | null;
  note: string | null;
}

export interface LegalSupporter {
  name: string;
  relation: 'spouse' | 'parent' | 'child';
  ableToSupport: boolean;
}

export interface CommunityReview {
  reviewedBy: string;
  reviewedOn: string;
  recommendation: 'grant' | 'reject';
  opinion: string;
}

export interface Decision {
  outcome: 'granted' | 'rejected';
  reason: string;
  decidedBy: string;
  decidedOn: string;
  /** 先行救助: granted before verification and notice, reviewed after by `reviewDueOn`. */
  emergency?: EmergencyGrant;
}

export interface EmergencyGrant {
  reviewDueOn: string;
  review: { outcome: 'confirmed' | 'revoked'; reason: string; reviewedBy: string; reviewedOn: string } | null;
}

export interface ApplicationState {
  id: string;
  householdId: string;
  programme: ProgrammeCode;
  divisionCode: string;
  channel: string;
  status: ApplicationStatus;
  submittedAt: Date;
  stageEnteredOn: BusinessDate;
  stageDueOn: BusinessDate | null;
  verification: Verification | null;
  communityReview: CommunityReview | null;
  noticeStartsOn: BusinessDate | null;
  noticeEndsOn: BusinessDate | null;
  decision: Decision | null;
  requestedAmount: Money | null;
  benefitId: string | null;
  version: number;
}

/**
 * An application for assistance (救助申请) and its lifecycle. Each intent-named method checks that
 * the step is legal from the current status and refuses otherwise with a code that says why.
 */
export class AssistanceApplication {
  private readonly transitions: ApplicationTransition[] = [];

  private constructor(
    private state: ApplicationState,
    private readonly limits: StageLimits,
  ) {}

  static restore(state: ApplicationState, limits: StageLimits): AssistanceApplication {
    return new AssistanceApplication({ ...state }, limits);
  }

  static submit(input: {
    id: string;
    householdId: string;
    programme: ProgrammeCode;
    divisionCode: string;
    channel: string;
    requestedAmount: Money | null;
    now: Date;
    today: BusinessDate;
    limits: StageLimits;
  }): AssistanceApplication {
    const app = new AssistanceApplication(
      {
        id: input.id,
        householdId: input.householdId,
        programme: input.programme,
        divisionCode: input.divisionCode,
        channel: input.channel,
        status: 'submitted',
        submittedAt: input.now,
        stageEnteredOn: input.today,
        stageDueOn: null,
        verification: null,
        communityReview: null,
        noticeStartsOn: null,
        noticeEndsOn: null,
        decision: null,
        requestedAmount: input.requestedAmount,
        benefitId: null,
        version: 1,
      },
      input.limits,
    );
    app.enter('submitted', input.today, null, null);
    return app;
  }

  /** 开始核对: the verifier takes the case. */
  startVerification(today: BusinessDate): void {
    this.require(['submitted'], 'start verification');
    this.enter('verifying', today, null);
  }

  /** 核对结果: income and assets as verified; moves the case to the community review. */
  recordVerification(verification: Verification, today: BusinessDate): void {
    this.require(['verifying'], 'record a verification');
    this.state = { ...this.state, verification };
    this.enter('community-review', today, verification.note);
  }

  /** 入户调查/民主评议 done: the 7-day public notice starts the same day. */
  completeCommunityReview(review: CommunityReview, today: BusinessDate): void {
    this.require(['community-review'], 'complete the community review');
    this.state = { ...this.state, communityReview: review, noticeStartsOn: today, noticeEndsOn: noticeEnd(today) };
    this.enter('public-notice', today, `${review.recommendation}: ${review.opinion}`);
  }

  /** An objection (异议) raised during the notice interrupts it: it cannot close while one is open. */
  acceptObjection(): void {
    this.require(['public-notice'], 'raise an objection');
  }

  /**
   * An objection resolved. Upheld: the facts are in doubt, back to verification. Dismissed: the
   * notice starts again for a full 7 days, so the public sees the case uninterrupted.
   */
  objectionResolved(upheld: boolean, resolution: string, today: BusinessDate): void {
    this.require(['public-notice'], 'resolve an objection');
    if (upheld) {
      this.state = { ...this.state, noticeStartsOn: null, noticeEndsOn: null, verification: null, communityReview: null };
      this.enter('verifying', today, `objection upheld: ${resolution}`);
    } else {
      this.state = { ...this.state, noticeStartsOn: today, noticeEndsOn: noticeEnd(today), version: this.state.version + 1 };
    }
  }

  /** 公示期满: the notice has run its 7 days without an open objection. */
  closeNotice(today: BusinessDate, openObjections: number): void {
    this.require(['public-notice'], 'close the public notice');
    this.noticeMustBeOver(today, openObjections);
    this.enter('awaiting-decision', today, 'public notice ended without open objections');
  }

  /**
   * 审批. Refused while the public notice runs or an objection is open; a notice that has run its
   * course is closed first, so the decision never skips it.
   */
  decide(decision: Decision, today: BusinessDate, openObjections: number): void {
    if (this.state.status === 'public-notice') this.closeNotice(today, openObjections);
    this.require(['awaiting-decision'], 'decide');
    if (!decision.reason.trim()) throw new DomainError('APPLICATION.REASON_REQUIRED', 'a decision needs its reason', 'invalid', 'reason');
    this.state = { ...this.state, decision };
    this.enter(decision.outcome, today, decision.reason);
  }

  /**
   * 急难型临时救助, 先行救助: where waiting would leave the household in danger (fire, sudden
   * illness, accident), the district grants at once, without verification, review or the 7-day
   * notice, and completes the procedure after within the programme's working days (社会救助暂行办法
   * art. 50; 民政部 临时救助 rules on 先行救助 and 事后补充说明).
   */
  grantInEmergency(decision: Decision, today: BusinessDate, reviewWorkingDays: number | null): void {
    if (reviewWorkingDays === null)
      throw new DomainError('APPLICATION.NO_EMERGENCY_GRANT', `${this.state.programme} cannot be granted ahead of its review (先行救助)`, 'rule');
    this.require(['submitted', 'verifying'], 'grant in an emergency');
    if (!decision.reason.trim()) throw new DomainError('APPLICATION.REASON_REQUIRED', 'a decision needs its reason', 'invalid', 'reason');
    const reviewDueOn = CHINA_WORKING_CALENDAR.periodEnd(today, reviewWorkingDays).toString();
    this.state = { ...this.state, decision: { ...decision, emergency: { reviewDueOn, review: null } } };
    this.enter('granted', today, `先行救助: ${decision.reason}`);
    // The review is what the case now waits for: it is due like a stage, and listed overdue after.
    this.state = { ...this.state, stageDueOn: BusinessDate.parse(reviewDueOn) };
  }

  /**
   * 事后补审 of an emergency grant: confirmed, it stands; revoked, the application ends rejected and
   * its benefit ends from its start (what was paid is recovered by the next payment run).
   */
  completePostReview(outcome: 'confirmed' | 'revoked', reason: string, reviewedBy: string, today: BusinessDate): void {
    const emergency = this.state.decision?.emergency;
    if (this.state.status !== 'granted' || !emergency || emergency.review)
      throw new DomainError('APPLICATION.NO_POST_REVIEW_PENDING', 'only an emergency grant awaiting its review can be reviewed', 'conflict');
    const why = (reason ?? '').trim();
    if (!why) throw new DomainError('APPLICATION.REASON_REQUIRED', 'a review needs its reason', 'invalid', 'reason');
    const review = { outcome, reason: why, reviewedBy, reviewedOn: today.toString() };
    this.state = { ...this.state, decision: { ...this.state.decision!, emergency: { ...emergency, review } } };
    if (outcome === 'revoked') this.enter('rejected', today, `补审撤销先行救助: ${why}`);
    else this.state = { ...this.state, stageDueOn: null, version: this.state.version + 1 };
  }

  get emergencyReview(): EmergencyGrant | null {
    return this.state.decision?.emergency ?? null;
  }

  linkBenefit(benefitId: string): void {
    this.state = { ...this.state, benefitId };
  }

  /** 复核: an appeal can only follow a decision. */
  acceptAppeal(): void {
    this.require(['granted', 'rejected'], 'appeal');
  }

  /** An upheld appeal sends the case back for a new decision; a dismissed one leaves the decision standing. */
  appealResolved(upheld: boolean, resolution: string, today: BusinessDate): void {
    this.require(['granted', 'rejected'], 'resolve an appeal');
    if (!upheld) return;
    if (this.state.status === 'granted') {
      throw new DomainError('APPLICATION.APPEAL_ON_GRANT', 'to change a granted benefit, suspend or terminate the benefit', 'conflict');
    }
    this.state = { ...this.state, decision: null };
    this.enter('awaiting-decision', today, `appeal upheld: ${resolution}`);
  }

  /** 撤回 by the applicant, any time before the decision. */
  withdraw(reason: string, today: BusinessDate): void {
    this.require(['submitted', 'verifying', 'community-review', 'public-notice', 'awaiting-decision'], 'withdraw');
    this.enter('withdrawn', today, reason);
  }

  get id(): string {
    return this.state.id;
  }
  get status(): ApplicationStatus {
    return this.state.status;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<ApplicationState> {
    return { ...this.state };
  }
  pullTransitions(): ApplicationTransition[] {
    return this.transitions.splice(0);
  }

  private noticeMustBeOver(today: BusinessDate, openObjections: number): void {
    if (openObjections > 0) {
      throw new DomainError('APPLICATION.OBJECTION_OPEN', `${openObjections} objection(s) to the public notice are still open`, 'conflict');
    }
    // The notice runs to the end of its last day: the decision comes the day after at the earliest.
    if (this.state.noticeEndsOn && !today.isAfter(this.state.noticeEndsOn)) {
      throw new DomainError(
        'APPLICATION.IN_PUBLIC_NOTICE',
        `the public notice (公示) runs until ${this.state.noticeEndsOn}; the decision can be made from ${this.state.noticeEndsOn.addDays(1)}`,
        'conflict',
      );
    }
  }

  private require(allowed: ApplicationStatus[], action: string): void {
    if (!allowed.includes(this.state.status)) {
      throw new DomainError(
        this.state.status === 'public-notice' ? 'APPLICATION.IN_PUBLIC_NOTICE' : 'APPLICATION.ILLEGAL_TRANSITION',
        `cannot ${action} while the application is ${this.state.status} (allowed from: ${allowed.join(', ')})`,
        'conflict',
      );
    }
  }

  private enter(to: ApplicationStatus, today: BusinessDate, reason: string | null, from: ApplicationStatus | null = this.state.status): void {
    const limit = (this.limits as Record<string, number | undefined>)[to];
    this.state = {
      ...this.state,
      status: to,
      stageEnteredOn: today,
      stageDueOn: limit ? CHINA_WORKING_CALENDAR.periodEnd(today, limit) : null,
      version: from === null ? 1 : this.state.version + 1,
    };
    this.transitions.push({ from, to, reason });
  }
}

/**
 * The last day of the 7-day public notice starting `today`, counted as the Civil Code counts
 * periods (the start day not counted; an end on a rest day moves to the next working day).
 */
export function noticeEnd(today: BusinessDate): BusinessDate {
  return CHINA_WORKING_CALENDAR.periodEnd(today, PUBLIC_NOTICE_DAYS);
}
