import { BusinessDate } from '../business-date';
import { HolidayYear, PUBLIC_HOLIDAYS } from './public-holidays.data';

/**
 * Which days are working days, and where a period counted in days ends, as the Civil Code counts
 * periods (arts. 200-204): the day the period starts is not counted (art. 201); when the last day
 * is a rest day (法定休假日: a public holiday or a weekend not worked), the period ends on the first
 * working day after it (art. 203). Every deadline of the platform is counted here.
 */
export class WorkingCalendar {
  private readonly daysOff = new Set<string>();
  private readonly workingWeekendDays = new Set<string>();
  private readonly years = new Set<number>();

  constructor(years: readonly HolidayYear[]) {
    for (const year of years) {
      this.years.add(year.year);
      year.daysOff.forEach((d) => this.daysOff.add(d));
      year.workingWeekendDays.forEach((d) => this.workingWeekendDays.add(d));
    }
  }

  /** Whether the year's holiday notice is in the calendar (else only weekends are rest days). */
  knowsYear(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(day: BusinessDate): boolean {
    const text = day.toString();
    if (this.daysOff.has(text)) return false;
    if (this.workingWeekendDays.has(text)) return true;
    const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The day itself when it is a working day, else the next one. */
  workingDayFrom(day: BusinessDate): BusinessDate {
    let current = day;
    while (!this.isWorkingDay(current)) current = current.addDays(1);
    return current;
  }

  /**
   * The last day of a time limit of `days` working days (工作日) from `start`: the start day is not
   * counted, and only working days count, as service commitments (承诺时限) are given.
   */
  afterWorkingDays(start: BusinessDate, days: number): BusinessDate {
    let current = start;
    for (let counted = 0; counted < days;) {
      current = current.addDays(1);
      if (this.isWorkingDay(current)) counted++;
    }
    return current;
  }

  /** The last day of a period of `days` days starting on `start` (arts. 201, 203). */
  periodEnd(start: BusinessDate, days: number): BusinessDate {
    return this.workingDayFrom(start.addDays(days));
  }
}

/** The calendar of the People's Republic of China's public holidays (years as published). */
export const CHINA_WORKING_CALENDAR = new WorkingCalendar(PUBLIC_HOLIDAYS);
