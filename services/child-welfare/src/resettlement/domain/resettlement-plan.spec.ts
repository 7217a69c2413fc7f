import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { ResettlementPlan } from './resettlement-plan';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const opened = () => ResettlementPlan.open({ id: 'p1', childId: 'c1', divisionCode: '310104003', adultOn: d('2026-11-01') });

describe('ResettlementPlan', () => {
  it('opens at 18, is planned on its tracks, followed up and closed', () => {
    const plan = opened();
    plan.plan({ tracks: ['housing', 'employment', 'housing'], measures: '公租房申请, 职业技能培训' });
    plan.followUp({ on: d('2026-11-20'), notes: '已入住公租房' }, today);
    plan.close({ closedOn: d('2026-11-30'), reason: '已稳定就业' }, today);
    expect(plan.snapshot()).toMatchObject({ status: 'closed', tracks: ['housing', 'employment'], version: 4 });
  });

  it('refuses unknown or no tracks, a follow-up before planning or dated before 18', () => {
    expect(errorCodeOf(() => opened().plan({ tracks: [], measures: 'x' }))).toBe('RESETTLEMENT.TRACKS_INVALID');
    expect(errorCodeOf(() => opened().plan({ tracks: ['lottery'], measures: 'x' }))).toBe('RESETTLEMENT.TRACKS_INVALID');
    expect(errorCodeOf(() => opened().followUp({ on: d('2026-11-20'), notes: 'x' }, today))).toBe('RESETTLEMENT.WRONG_STEP');
    const plan = opened();
    plan.plan({ tracks: ['education'], measures: '升学资助' });
    expect(errorCodeOf(() => plan.followUp({ on: d('2026-10-31'), notes: 'x' }, today))).toBe('RESETTLEMENT.OUT_OF_ORDER');
  });
});
