import { BusinessDate } from '../business-date';
import { CHINA_WORKING_CALENDAR as calendar, WorkingCalendar } from './working-calendar';

const d = (text: string) => BusinessDate.parse(text);

describe('the working calendar (法定休假日) and the Civil Code period', () => {
  it('knows weekends, public holidays and the weekend days worked instead (调休)', () => {
    expect(calendar.isWorkingDay(d('2026-03-02'))).toBe(true); // a Monday
    expect(calendar.isWorkingDay(d('2026-03-07'))).toBe(false); // a Saturday
    expect(calendar.isWorkingDay(d('2026-10-05'))).toBe(false); // 国庆, a Monday
    expect(calendar.isWorkingDay(d('2026-10-10'))).toBe(true); // a Saturday worked
    expect(calendar.isWorkingDay(d('2025-01-26'))).toBe(true); // a Sunday worked before 春节
    expect(calendar.isWorkingDay(d('2026-02-23'))).toBe(false); // 正月初七, a Monday off
  });

  it('does not count the first day, and moves an end on a rest day to the next working day (arts. 201, 203)', () => {
    expect(calendar.periodEnd(d('2026-03-02'), 7).toString()).toBe('2026-03-09');
    // 7 days from 24 September end on 1 October, in the National Day holiday: the period runs to 8 October.
    expect(calendar.periodEnd(d('2026-09-24'), 7).toString()).toBe('2026-10-08');
    // Ending on a Saturday: the Monday after.
    expect(calendar.periodEnd(d('2026-03-07'), 7).toString()).toBe('2026-03-16');
    // Ending on a Saturday that is worked (调休): that Saturday.
    expect(calendar.periodEnd(d('2026-10-03'), 7).toString()).toBe('2026-10-10');
  });

  it('counts a time limit in working days (工作日) from the day after the start, past weekends and holidays', () => {
    expect(calendar.afterWorkingDays(d('2026-03-02'), 5).toString()).toBe('2026-03-09'); // Monday + 5 working days
    expect(calendar.afterWorkingDays(d('2026-03-06'), 1).toString()).toBe('2026-03-09'); // a Friday: the Monday after
    // 30 September + 3 working days: 1-7 October are off, Saturday 10 October is worked.
    expect(calendar.afterWorkingDays(d('2026-09-30'), 3).toString()).toBe('2026-10-10');
    expect(calendar.afterWorkingDays(d('2026-03-02'), 0).toString()).toBe('2026-03-02');
  });

  it('counts only weekends in a year whose holiday notice is not out yet', () => {
    const empty = new WorkingCalendar([]);
    expect(calendar.knowsYear(2026)).toBe(true);
    expect(calendar.knowsYear(2030)).toBe(false);
    expect(empty.isWorkingDay(d('2026-10-05'))).toBe(true);
    expect(empty.periodEnd(d('2030-01-04'), 1).toString()).toBe('2030-01-07');
  });
});
