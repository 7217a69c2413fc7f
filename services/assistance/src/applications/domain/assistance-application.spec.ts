import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { AssistanceApplication, noticeEnd } from './assistance-application';

const day = (d: string) => BusinessDate.parse(d);
const limits = { submitted: 5, verifying: 15, 'community-review': 10, 'public-notice': 10, 'awaiting-decision': 10 };
const verification = { verifiedBy: 'v', verifiedOn: '2026-03-03', members: [], monthlyEssentialSpending: '0.00', note: null };
const review = { reviewedBy: 'c', reviewedOn: '2026-03-04', recommendation: 'grant' as const, opinion: 'ok' };
const decision = (outcome: 'granted' | 'rejected' = 'granted') => ({ outcome, reason: '符合条件', decidedBy: 'd', decidedOn: '2026-03-20' });

function submitted(): AssistanceApplication {
  return AssistanceApplication.submit({
    id: 'a',
    householdId: 'h',
    programme: 'dibao',
    divisionCode: '310104003',
    channel: 'portal',
    requestedAmount: null,
    now: new Date('2026-03-02T00:00:00Z'),
    today: day('2026-03-02'),
    limits,
  });
}
function inNotice(): AssistanceApplication {
  const a = submitted();
  a.startVerification(day('2026-03-02'));
  a.recordVerification(verification, day('2026-03-03'));
  a.completeCommunityReview(review, day('2026-03-04'));
  return a;
}
const codeOf = errorCodeOf;

describe('AssistanceApplication lifecycle', () => {
  it('records every step as a transition with its stage deadline', () => {
    const a = inNotice();
    expect(a.pullTransitions().map((t) => `${t.from}->${t.to}`)).toEqual([
      'null->submitted',
      'submitted->verifying',
      'verifying->community-review',
      'community-review->public-notice',
    ]);
    expect(a.snapshot()).toMatchObject({
      status: 'public-notice',
      noticeStartsOn: day('2026-03-04'),
      noticeEndsOn: day('2026-03-11'),
      // 10 days from 4 March end on Saturday 14 March: the stage is due on the Monday.
      stageDueOn: day('2026-03-16'),
      version: 4,
    });
  });

  it('refuses a decision while the 7-day notice runs or an objection is open, and closes the notice first when it has run', () => {
    const a = inNotice();
    // The notice starts 4 March and runs 5-11 March (the first day is not counted): 12 March is the first day a decision is allowed.
    expect(codeOf(() => a.decide(decision(), day('2026-03-10'), 0))).toBe('APPLICATION.IN_PUBLIC_NOTICE');
    expect(codeOf(() => a.decide(decision(), day('2026-03-11'), 0))).toBe('APPLICATION.IN_PUBLIC_NOTICE');
    expect(codeOf(() => a.decide(decision(), day('2026-03-12'), 1))).toBe('APPLICATION.OBJECTION_OPEN');
    a.pullTransitions();
    a.decide(decision(), day('2026-03-12'), 0);
    expect(a.pullTransitions().map((t) => t.to)).toEqual(['awaiting-decision', 'granted']);
  });

  it('extends a notice ending on a holiday to the next working day (Civil Code art. 203)', () => {
    expect(noticeEnd(day('2026-09-24')).toString()).toBe('2026-10-08'); // 1 October falls in the National Day holiday
    expect(noticeEnd(day('2026-03-06')).toString()).toBe('2026-03-13'); // a Friday stays a Friday
  });

  it('goes back to verification on an upheld objection and restarts the notice on a dismissed one', () => {
    const upheld = inNotice();
    upheld.objectionResolved(true, 'undeclared car', day('2026-03-06'));
    expect(upheld.snapshot()).toMatchObject({ status: 'verifying', noticeEndsOn: null, verification: null });
    const dismissed = inNotice();
    dismissed.objectionResolved(false, 'unfounded', day('2026-03-09'));
    expect(dismissed.snapshot()).toMatchObject({ status: 'public-notice', noticeStartsOn: day('2026-03-09'), noticeEndsOn: day('2026-03-16') });
  });

  it.each([
    ['record a verification before starting one', (a: AssistanceApplication) => a.recordVerification(verification, day('2026-03-02'))],
    ['complete the review of a submitted case', (a: AssistanceApplication) => a.completeCommunityReview(review, day('2026-03-02'))],
    ['decide a submitted case', (a: AssistanceApplication) => a.decide(decision(), day('2026-03-02'), 0)],
    ['appeal before a decision', (a: AssistanceApplication) => a.acceptAppeal()],
    ['object outside the notice', (a: AssistanceApplication) => a.acceptObjection()],
  ])('refuses to %s (409, illegal transition)', (_what, step) => {
    const a = submitted();
    expect(codeOf(() => step(a))).toBe('APPLICATION.ILLEGAL_TRANSITION');
    expect(a.snapshot()).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('lets an appeal reopen a rejection but not a grant, and nothing after withdrawal', () => {
    const rejected = inNotice();
    rejected.decide(decision('rejected'), day('2026-03-12'), 0);
    rejected.acceptAppeal();
    rejected.appealResolved(true, 'income fell', day('2026-03-25'));
    expect(rejected.status).toBe('awaiting-decision');
    const granted = inNotice();
    granted.decide(decision(), day('2026-03-12'), 0);
    expect(codeOf(() => granted.appealResolved(true, 'x', day('2026-03-25')))).toBe('APPLICATION.APPEAL_ON_GRANT');
    const withdrawn = submitted();
    withdrawn.withdraw('no longer needed', day('2026-03-03'));
    expect(codeOf(() => withdrawn.startVerification(day('2026-03-04')))).toBe('APPLICATION.ILLEGAL_TRANSITION');
  });

  it('needs a reason for a decision', () => {
    const a = inNotice();
    expect(codeOf(() => a.decide({ ...decision(), reason: ' ' }, day('2026-03-12'), 0))).toBe('APPLICATION.REASON_REQUIRED');
  });
});

describe('急难型临时救助: 先行救助, reviewed after', () => {
  it('grants at once, without verification or notice, with the review due within the working days', () => {
    const a = submitted();
    // Monday 2 March 2026: five working days end on Monday 9 March (the start day not counted).
    a.grantInEmergency(decision(), day('2026-03-02'), 5);
    expect(a.status).toBe('granted');
    expect(a.emergencyReview).toEqual({ reviewDueOn: '2026-03-09', review: null });
    expect(a.pullTransitions().at(-1)).toMatchObject({ from: 'submitted', to: 'granted', reason: '先行救助: 符合条件' });
  });

  it('is refused where the programme does not allow it, and once the case is past verification', () => {
    expect(codeOf(() => submitted().grantInEmergency(decision(), day('2026-03-02'), null))).toBe('APPLICATION.NO_EMERGENCY_GRANT');
    expect(codeOf(() => inNotice().grantInEmergency(decision(), day('2026-03-05'), 5))).toBe('APPLICATION.IN_PUBLIC_NOTICE');
  });

  it('is confirmed, or revoked into a rejection, once only', () => {
    const confirmed = submitted();
    confirmed.grantInEmergency(decision(), day('2026-03-02'), 5);
    confirmed.completePostReview('confirmed', '情况属实', 'r', day('2026-03-05'));
    expect(confirmed.status).toBe('granted');
    expect(confirmed.emergencyReview?.review).toMatchObject({ outcome: 'confirmed', reviewedOn: '2026-03-05' });
    expect(codeOf(() => confirmed.completePostReview('revoked', 'x', 'r', day('2026-03-06')))).toBe('APPLICATION.NO_POST_REVIEW_PENDING');

    const revoked = submitted();
    revoked.grantInEmergency(decision(), day('2026-03-02'), 5);
    revoked.completePostReview('revoked', '隐瞒收入', 'r', day('2026-03-05'));
    expect(revoked.status).toBe('rejected');
    expect(codeOf(() => inNotice().completePostReview('confirmed', 'x', 'r', day('2026-03-05')))).toBe('APPLICATION.NO_POST_REVIEW_PENDING');
  });
});
