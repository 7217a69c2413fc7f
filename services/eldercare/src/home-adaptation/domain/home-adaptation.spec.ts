import { BusinessDate, CitizenId, errorCodeOf, Money } from '@civic/domain-kernel';
import { HomeAdaptation } from './home-adaptation';
import { approvedSubsidy, checkHomeAdaptationPolicy, DEFAULT_HOME_ADAPTATION_POLICY, remainingLimit, subsidySharePercent } from './home-adaptation-policy';

const d = (text: string) => BusinessDate.parse(text);
const yuan = (text: string) => Money.parse(text);
const today = d('2026-11-30');
const applied = () =>
  HomeAdaptation.apply(
    {
      id: 'h1',
      citizenId: CitizenId.parse('310104195001011235'),
      name: ' 李秀英 ',
      divisionCode: '310104003',
      address: '漕溪路 200 弄',
      appliedOn: d('2026-11-01'),
    },
    today,
  );
const items = [
  { item: '卫生间扶手', cost: yuan('800.00') },
  { item: '防滑地面', cost: yuan('2400.00') },
];
const assessed = (rule = { sharePercent: 100, remaining: yuan('3000.00') }, requestedSubsidy: Money | null = null) => {
  const subject = applied();
  subject.assess({ assessedOn: d('2026-11-05'), assessor: '评估组', items, requestedSubsidy }, rule, today);
  return subject;
};

describe('home adaptation subsidy rules', () => {
  it('pays the best share the elder’s programmes give, at least the default', () => {
    expect(subsidySharePercent(DEFAULT_HOME_ADAPTATION_POLICY, [])).toBe(50);
    expect(subsidySharePercent(DEFAULT_HOME_ADAPTATION_POLICY, ['zhichuxing'])).toBe(50);
    expect(subsidySharePercent(DEFAULT_HOME_ADAPTATION_POLICY, ['dibao', 'zhichuxing'])).toBe(100);
  });

  it('counts what the elder’s other adaptations hold against the limit, never below zero', () => {
    expect(remainingLimit(DEFAULT_HOME_ADAPTATION_POLICY, yuan('1200.00')).toString()).toBe('1800.00');
    expect(remainingLimit(DEFAULT_HOME_ADAPTATION_POLICY, yuan('3500.00')).toString()).toBe('0.00');
  });

  it('approves by default the smaller of the share of the cost and what is left of the limit', () => {
    expect(approvedSubsidy({ requested: null, estimatedCost: yuan('3200.00'), sharePercent: 50, remaining: yuan('3000.00') }).toString()).toBe('1600.00');
    expect(approvedSubsidy({ requested: null, estimatedCost: yuan('3200.00'), sharePercent: 100, remaining: yuan('3000.00') }).toString()).toBe('3000.00');
    expect(approvedSubsidy({ requested: null, estimatedCost: yuan('333.33'), sharePercent: 50, remaining: yuan('3000.00') }).toString()).toBe('166.67');
  });

  it('refuses a subsidy over the limit or over the share of the cost, and accepts one within both', () => {
    const input = { estimatedCost: yuan('3200.00'), sharePercent: 50, remaining: yuan('1000.00') };
    expect(errorCodeOf(() => approvedSubsidy({ ...input, requested: yuan('1000.01') }))).toBe('HOME_ADAPTATION.SUBSIDY_OVER_LIMIT');
    expect(errorCodeOf(() => approvedSubsidy({ ...input, remaining: yuan('3000.00'), requested: yuan('1600.01') }))).toBe('HOME_ADAPTATION.SUBSIDY_OVER_SHARE');
    expect(approvedSubsidy({ ...input, requested: yuan('1000.00') }).toString()).toBe('1000.00');
  });

  it('checks the policy it is given', () => {
    const policy = DEFAULT_HOME_ADAPTATION_POLICY;
    expect(errorCodeOf(() => checkHomeAdaptationPolicy({ ...policy, perElderLimit: Money.ZERO }))).toBe('HOME_ADAPTATION.POLICY_INVALID');
    expect(errorCodeOf(() => checkHomeAdaptationPolicy({ ...policy, defaultSharePercent: 101 }))).toBe('HOME_ADAPTATION.POLICY_INVALID');
    expect(
      errorCodeOf(() => checkHomeAdaptationPolicy({ ...policy, shareByProgramme: [...policy.shareByProgramme, { programme: 'tekun', percent: 80 }] })),
    ).toBe('HOME_ADAPTATION.POLICY_INVALID');
  });
});

describe('HomeAdaptation', () => {
  it('goes application -> assessment -> works -> acceptance, granting the share of the actual cost within the approved subsidy', () => {
    const subject = assessed({ sharePercent: 50, remaining: yuan('3000.00') });
    expect(subject.snapshot()).toMatchObject({ status: 'assessed', name: '李秀英' });
    expect(subject.snapshot().assessment).toMatchObject({ sharePercent: 50 });
    expect(subject.snapshot().assessment!.estimatedCost.toString()).toBe('3200.00');
    expect(subject.snapshot().assessment!.approvedSubsidy.toString()).toBe('1600.00');
    subject.startWorks({ contractor: '安居公司', startedOn: d('2026-11-10') }, today);
    subject.accept({ acceptedOn: d('2026-11-20'), actualCost: yuan('3600.00') }, today);
    // 50% of 3600 is 1800, but the approved 1600 is the most paid.
    expect(subject.snapshot().acceptance!.grantedSubsidy.toString()).toBe('1600.00');
    expect(subject.committedSubsidy().toString()).toBe('1600.00');
    expect(subject.pullChanges().map((c) => c.kind)).toEqual(['applied', 'assessed', 'works-started', 'accepted']);
  });

  it('grants less than approved when the works cost less', () => {
    const subject = assessed();
    subject.startWorks({ contractor: '安居公司', startedOn: d('2026-11-10') }, today);
    subject.accept({ acceptedOn: d('2026-11-20'), actualCost: yuan('2000.00') }, today);
    expect(subject.snapshot().acceptance!.grantedSubsidy.toString()).toBe('2000.00');
  });

  it('takes the steps in order only', () => {
    expect(errorCodeOf(() => applied().startWorks({ contractor: 'x', startedOn: d('2026-11-10') }, today))).toBe('HOME_ADAPTATION.WRONG_STEP');
    expect(errorCodeOf(() => assessed().accept({ acceptedOn: d('2026-11-10'), actualCost: yuan('1.00') }, today))).toBe('HOME_ADAPTATION.WRONG_STEP');
    const twice = assessed();
    expect(
      errorCodeOf(() =>
        twice.assess({ assessedOn: d('2026-11-06'), assessor: 'x', items, requestedSubsidy: null }, { sharePercent: 50, remaining: Money.ZERO }, today),
      ),
    ).toBe('HOME_ADAPTATION.WRONG_STEP');
  });

  it('refuses dates in the future or before the step before, and empty or free works', () => {
    expect(
      errorCodeOf(() =>
        applied().assess({ assessedOn: d('2026-12-01'), assessor: 'x', items, requestedSubsidy: null }, { sharePercent: 50, remaining: Money.ZERO }, today),
      ),
    ).toBe('HOME_ADAPTATION.IN_FUTURE');
    expect(
      errorCodeOf(() =>
        applied().assess({ assessedOn: d('2026-10-31'), assessor: 'x', items, requestedSubsidy: null }, { sharePercent: 50, remaining: Money.ZERO }, today),
      ),
    ).toBe('HOME_ADAPTATION.OUT_OF_ORDER');
    expect(
      errorCodeOf(() =>
        applied().assess({ assessedOn: d('2026-11-05'), assessor: 'x', items: [], requestedSubsidy: null }, { sharePercent: 50, remaining: Money.ZERO }, today),
      ),
    ).toBe('HOME_ADAPTATION.ITEMS_INVALID');
    expect(
      errorCodeOf(() =>
        applied().assess(
          { assessedOn: d('2026-11-05'), assessor: 'x', items: [{ item: '扶手', cost: Money.ZERO }], requestedSubsidy: null },
          { sharePercent: 50, remaining: Money.ZERO },
          today,
        ),
      ),
    ).toBe('HOME_ADAPTATION.ITEMS_INVALID');
  });

  it('refuses an asked subsidy over what is left of the elder’s limit', () => {
    expect(errorCodeOf(() => assessed({ sharePercent: 100, remaining: yuan('500.00') }, yuan('600.00')))).toBe('HOME_ADAPTATION.SUBSIDY_OVER_LIMIT');
  });

  it('closes before acceptance only, and then holds nothing of the limit', () => {
    const subject = assessed();
    expect(subject.committedSubsidy().toString()).toBe('3000.00');
    subject.close(' 撤回 ');
    expect(subject.snapshot()).toMatchObject({ status: 'closed', closedReason: '撤回' });
    expect(subject.committedSubsidy().isZero()).toBe(true);
    expect(errorCodeOf(() => subject.close('again'))).toBe('HOME_ADAPTATION.NOT_OPEN');
  });
});
