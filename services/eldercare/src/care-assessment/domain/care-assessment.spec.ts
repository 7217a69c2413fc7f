import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { CareAssessment, qualifyingLevels } from './care-assessment';

const today = BusinessDate.parse('2026-06-01');
const input = (more: object = {}) => ({
  id: 'a1',
  citizenId: CitizenId.parse('310104195001011235'),
  name: '王建国',
  divisionCode: '310104003',
  level: 3,
  assessedOn: BusinessDate.parse('2026-05-01'),
  assessor: '徐汇区评估中心',
  ...more,
});

describe('CareAssessment (老年照护统一需求评估)', () => {
  it('gives a level 0-6 on a date, qualifying by the levels the policy names', () => {
    const assessment = CareAssessment.assess(input(), null, today);
    expect(assessment.snapshot()).toMatchObject({ level: 3, replacesId: null });
    expect(assessment.qualifies([2, 3, 4, 5, 6])).toBe(true);
    expect(CareAssessment.assess(input({ level: 1 }), null, today).qualifies([2, 3, 4, 5, 6])).toBe(false);
  });

  it.each([
    [{ level: 7 }, 'CARE_ASSESSMENT.LEVEL_INVALID'],
    [{ level: -1 }, 'CARE_ASSESSMENT.LEVEL_INVALID'],
    [{ level: 2.5 }, 'CARE_ASSESSMENT.LEVEL_INVALID'],
    [{ assessedOn: BusinessDate.parse('2026-06-02') }, 'CARE_ASSESSMENT.IN_FUTURE'],
    [{ assessor: ' ' }, 'CARE_ASSESSMENT.FIELD_INVALID'],
    [{ divisionCode: '31' }, 'DIVISION_CODE.MALFORMED'],
  ])('refuses %j (%s)', (more, code) => {
    expect(errorCodeOf(() => CareAssessment.assess(input(more), null, today))).toBe(code);
  });

  it('replaces the current level from a later date only, keeping what it replaced', () => {
    const first = CareAssessment.assess(input(), null, today);
    expect(errorCodeOf(() => CareAssessment.assess(input({ id: 'a2', assessedOn: BusinessDate.parse('2026-05-01') }), first, today))).toBe(
      'CARE_ASSESSMENT.NOT_AFTER_CURRENT',
    );
    const again = CareAssessment.assess(input({ id: 'a2', level: 5, assessedOn: BusinessDate.parse('2026-05-20') }), first, today);
    expect(again.snapshot()).toMatchObject({ level: 5, replacesId: 'a1' });
  });

  it('takes qualifying levels as a sorted set of levels 0-6', () => {
    expect(qualifyingLevels([6, 2, 3, 3])).toEqual([2, 3, 6]);
    expect(errorCodeOf(() => qualifyingLevels([]))).toBe('CARE_ASSESSMENT.POLICY_INVALID');
    expect(errorCodeOf(() => qualifyingLevels([7]))).toBe('CARE_ASSESSMENT.POLICY_INVALID');
  });
});
