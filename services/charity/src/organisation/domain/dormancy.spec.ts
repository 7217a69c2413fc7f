import { BusinessDate } from '@civic/domain-kernel';
import { closedInspectionYears, inspectionDeadline } from './annual-inspection';
import { inactiveYearsOf } from './dormancy';

const d = (text: string) => BusinessDate.parse(text);
const evidence = (activities: Array<[number, number]>, registeredOn = '2020-05-01', dormancyClearedOn: string | null = null) => ({
  registeredOn: d(registeredOn),
  activitiesByYear: new Map(activities),
  dormancyClearedOn: dormancyClearedOn ? d(dormancyClearedOn) : null,
});

describe('dormancy review (清理僵尸型社会组织)', () => {
  it('counts the inspection years whose deadline (31 May of the next year) has passed', () => {
    expect(inspectionDeadline(2025)).toEqual(d('2026-05-31'));
    expect(closedInspectionYears(d('2026-05-31'), 2)).toEqual([2024, 2023]);
    expect(closedInspectionYears(d('2026-06-01'), 2)).toEqual([2025, 2024]);
  });

  it('flags two closed years running without an inspection or with no activity', () => {
    expect(inactiveYearsOf(evidence([]), d('2026-06-01'))).toEqual([2024, 2025]);
    expect(inactiveYearsOf(evidence([[2024, 0]]), d('2026-06-01'))).toEqual([2024, 2025]);
    expect(inactiveYearsOf(evidence([[2025, 3]]), d('2026-06-01'))).toBeNull();
    expect(inactiveYearsOf(evidence([[2024, 1]]), d('2026-06-01'))).toBeNull();
    // Before this year's deadline the years in play are 2023 and 2024.
    expect(inactiveYearsOf(evidence([[2023, 2]]), d('2026-05-31'))).toBeNull();
  });

  it('does not count the year of registration or the years before it', () => {
    expect(inactiveYearsOf(evidence([], '2024-12-01'), d('2026-06-01'))).toBeNull();
    expect(inactiveYearsOf(evidence([], '2023-12-31'), d('2026-06-01'))).toEqual([2024, 2025]);
  });

  it('respects an officer’s clearance until another deadline passes', () => {
    expect(inactiveYearsOf(evidence([], '2020-01-01', '2026-06-05'), d('2026-09-01'))).toBeNull();
    expect(inactiveYearsOf(evidence([], '2020-01-01', '2026-06-05'), d('2027-06-01'))).toEqual([2025, 2026]);
  });
});
