import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { checkTimeLimits, DEFAULT_CASE_TIME_LIMITS } from './case-time-limits';
import { ProtectionCase } from './protection-case';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const limits = DEFAULT_CASE_TIME_LIMITS;
const report = (source = 'school') =>
  ProtectionCase.report(
    {
      id: 'k1',
      childId: 'c1',
      workstation: { id: 'w1', divisionCode: '310104003' },
      directorId: 'm1',
      source,
      concern: ' 长期缺课, 疑似无人照料 ',
      reportedOn: d('2026-11-01'),
    },
    limits,
    today,
  );

describe('ProtectionCase', () => {
  it('goes report -> assessment -> plan -> follow-up visits -> closed, each stage with its due date', () => {
    const c = report();
    expect(c.snapshot()).toMatchObject({ stage: 'reported', concern: '长期缺课, 疑似无人照料' });
    expect(c.snapshot().dueOn!.toString()).toBe('2026-11-02');
    c.assess({ assessedOn: d('2026-11-02'), riskLevel: 'high', findings: '父母外出, 祖母卧病' }, limits, today);
    expect(c.snapshot().dueOn!.toString()).toBe('2026-11-05');
    c.planMeasures({ plannedOn: d('2026-11-04'), measures: '落实临时监护, 申请困境儿童保障' }, limits, today);
    c.visit({ visitedOn: d('2026-11-10'), notes: '已入住亲属家' }, limits, today);
    expect(c.snapshot()).toMatchObject({ stage: 'follow-up' });
    expect(c.snapshot().dueOn!.toString()).toBe('2026-12-10');
    c.visit({ visitedOn: d('2026-11-25'), notes: '情况稳定' }, limits, today);
    c.close({ closedOn: d('2026-11-28'), reason: '监护落实, 风险解除' }, today);
    expect(c.snapshot()).toMatchObject({ stage: 'closed', dueOn: null });
    expect(c.pullChanges().map((x) => x.kind)).toEqual(['opened', 'advanced', 'advanced', 'advanced', 'advanced', 'closed']);
  });

  it('refuses a stage out of order, a date before the stage began or to come', () => {
    const c = report();
    expect(errorCodeOf(() => c.planMeasures({ plannedOn: d('2026-11-02'), measures: 'x' }, limits, today))).toBe('PROTECTION_CASE.WRONG_STAGE');
    expect(errorCodeOf(() => c.visit({ visitedOn: d('2026-11-02'), notes: 'x' }, limits, today))).toBe('PROTECTION_CASE.WRONG_STAGE');
    expect(errorCodeOf(() => c.assess({ assessedOn: d('2026-10-31'), riskLevel: 'low', findings: 'x' }, limits, today))).toBe('PROTECTION_CASE.OUT_OF_ORDER');
    expect(errorCodeOf(() => c.assess({ assessedOn: d('2026-12-01'), riskLevel: 'low', findings: 'x' }, limits, today))).toBe('PROTECTION_CASE.IN_FUTURE');
    expect(errorCodeOf(() => c.assess({ assessedOn: d('2026-11-02'), riskLevel: 'extreme', findings: 'x' }, limits, today))).toBe(
      'PROTECTION_CASE.RISK_INVALID',
    );
    expect(errorCodeOf(() => report('rumour'))).toBe('PROTECTION_CASE.SOURCE_INVALID');
  });

  it('is overdue the day after its stage’s time limit', () => {
    const c = report();
    expect(c.isOverdue(d('2026-11-02'))).toBe(false);
    expect(c.isOverdue(d('2026-11-03'))).toBe(true);
    c.close({ closedOn: d('2026-11-03'), reason: '查无实据' }, today);
    expect(c.isOverdue(d('2026-12-01'))).toBe(false);
    expect(errorCodeOf(() => c.close({ closedOn: d('2026-11-04'), reason: 'again' }, today))).toBe('PROTECTION_CASE.CLOSED');
  });

  it('records referrals to a known target', () => {
    const c = report();
    c.refer({ id: 'r1', to: 'police', agency: '徐汇公安分局', reason: '疑似侵害', referredOn: d('2026-11-02') }, today);
    expect(c.snapshot().referrals).toHaveLength(1);
    expect(errorCodeOf(() => c.refer({ id: 'r2', to: 'astrologer', agency: 'x', reason: 'x', referredOn: d('2026-11-02') }, today))).toBe(
      'PROTECTION_CASE.REFERRAL_INVALID',
    );
  });

  it('keeps the time limits to whole days of 1-365', () => {
    expect(errorCodeOf(() => checkTimeLimits({ ...limits, planned: 0 }))).toBe('PROTECTION_CASE.TIME_LIMITS_INVALID');
    expect(checkTimeLimits({ ...limits, reported: 2 }).reported).toBe(2);
  });
});
