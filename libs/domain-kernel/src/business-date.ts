import { Clock, systemClock } from './clock';
import { DomainError } from './domain-error';

const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * A calendar date as the bureau counts it (Asia/Shanghai), e.g. the day a benefit starts or a
 * public notice ends. Instants stay UTC; only business dates are local.
 */
export class BusinessDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** Parses `YYYY-MM-DD`; refuses impossible dates such as 2023-02-29. */
  static parse(text: string, field = 'date'): BusinessDate {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) throw new DomainError('DATE.MALFORMED', `${field} must be a date as YYYY-MM-DD`, 'invalid', field);
    const date = BusinessDate.of(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!date) throw new DomainError('DATE.IMPOSSIBLE', `${field} is not a calendar date: ${text}`, 'invalid', field);
    return date;
  }

  /** The date for y-m-d, or undefined when no such day exists. */
  static of(year: number, month: number, day: number): BusinessDate | undefined {
    if (month < 1 || month > 12 || day < 1) return undefined;
    if (day > daysInMonth(year, month)) return undefined;
    return new BusinessDate(year, month, day);
  }

  static fromInstant(instant: Date): BusinessDate {
    const [year, month, day] = shanghaiDateFormat.format(instant).split('-').map(Number);
    return new BusinessDate(year, month, day);
  }

  static today(clock: Clock = systemClock): BusinessDate {
    return BusinessDate.fromInstant(clock.now());
  }

  addDays(days: number): BusinessDate {
    const utc = new Date(Date.UTC(this.year, this.month - 1, this.day + days));
    return new BusinessDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
  }

  /** Same day n months on, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
  addMonths(months: number): BusinessDate {
    const index = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return new BusinessDate(year, month, Math.min(this.day, daysInMonth(year, month)));
  }

  firstOfMonth(): BusinessDate {
    return new BusinessDate(this.year, this.month, 1);
  }

  daysUntil(other: BusinessDate): number {
    return other.epochDay() - this.epochDay();
  }

  /**
   * Full years from this date to `on`, as ages are counted: the anniversary itself counts, and a
   * 29 February anniversary falls on 28 February of a common year (Civil Code art. 203: a period
   * counted in years or months without a corresponding day ends on the last day of that month).
   * Every age rule of the platform (marriage, adoption, eligibility) goes through here.
   */
  fullYearsUntil(on: BusinessDate): number {
    const anniversary = BusinessDate.of(on.year, this.month, this.day) ?? new BusinessDate(on.year, this.month, daysInMonth(on.year, this.month));
    return on.year - this.year - (on.isBefore(anniversary) ? 1 : 0);
  }

  compare(other: BusinessDate): number {
    return this.epochDay() - other.epochDay();
  }
  isBefore(other: BusinessDate): boolean {
    return this.compare(other) < 0;
  }
  isAfter(other: BusinessDate): boolean {
    return this.compare(other) > 0;
  }
  equals(other: BusinessDate): boolean {
    return this.compare(other) === 0;
  }

  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${pad2(this.month)}-${pad2(this.day)}`;
  }
  toJSON(): string {
    return this.toString();
  }

  private epochDay(): number {
    return Date.UTC(this.year, this.month - 1, this.day) / 86_400_000;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
