import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { FilingOrganisation, FundraisingPlan } from './fundraising-plan';

const d = (text: string) => BusinessDate.parse(text);
const qualified: FilingOrganisation = { id: 'o1', status: 'registered', fundraisingQualifiedOn: d('2026-01-01'), domicileDivisionCode: '310104003' };
const file = (overrides: Partial<Parameters<typeof FundraisingPlan.file>[0]> = {}) =>
  FundraisingPlan.file({
    id: 'p1',
    organisation: qualified,
    title: '冬季助老',
    purpose: '为独居老人添置取暖设备',
    startsOn: d('2026-12-01'),
    endsOn: d('2027-02-28'),
    target: '500000',
    filedOn: d('2026-11-30'),
    ...overrides,
  });

describe('FundraisingPlan (募捐方案备案)', () => {
  it('is filed by a qualified organisation before its start, with its period and target', () => {
    const plan = file();
    expect(plan.snapshot()).toMatchObject({ organisationId: 'o1', divisionCode: '310104003', startsOn: d('2026-12-01') });
    expect(plan.snapshot().target.toString()).toBe('500000.00');
    expect(file({ startsOn: d('2026-11-30') }).runsOn(d('2026-11-30'))).toBe(true);
    expect(plan.runsOn(d('2027-03-01'))).toBe(false);
  });

  it.each([
    [{ startsOn: d('2026-11-29') }, 'FUNDRAISING_PLAN.START_PASSED'],
    [{ endsOn: d('2026-11-30') }, 'FUNDRAISING_PLAN.PERIOD_INVALID'],
    [{ endsOn: d('2027-12-02') }, 'FUNDRAISING_PLAN.PERIOD_INVALID'],
    [{ target: '0' }, 'FUNDRAISING_PLAN.TARGET_INVALID'],
    [{ organisation: { ...qualified, fundraisingQualifiedOn: null } }, 'FUNDRAISING_PLAN.NOT_QUALIFIED'],
    [{ organisation: { ...qualified, status: 'deregistered' as const } }, 'FUNDRAISING_PLAN.ORGANISATION_DEREGISTERED'],
  ])('refuses %j (%s)', (overrides, code) => {
    expect(errorCodeOf(() => file(overrides))).toBe(code);
  });
});
