import { BusinessDate } from './business-date';
import { ControllableClock } from './clock';
import { DomainError } from './domain-error';

describe('BusinessDate (Asia/Shanghai)', () => {
  it('takes today in Shanghai, not in UTC', () => {
    // 2026-11-29T17:30Z is already 30 November in Shanghai (UTC+8).
    expect(BusinessDate.today(new ControllableClock(new Date('2026-11-29T17:30:00Z'))).toString()).toBe('2026-11-30');
    expect(BusinessDate.today(new ControllableClock(new Date('2026-11-29T15:59:59Z'))).toString()).toBe('2026-11-29');
  });

  it.each(['2023-02-29', '2024-13-01', '2024-04-31'])('refuses the impossible date %s', (raw) => {
    expect(() => BusinessDate.parse(raw)).toThrow(DomainError);
  });

  it.each(['2024/01/01', '20240101', ''])('refuses the malformed date %p', (raw) => {
    expect(() => BusinessDate.parse(raw)).toThrow(/YYYY-MM-DD/);
  });

  it('does calendar arithmetic', () => {
    expect(BusinessDate.parse('2024-02-28').addDays(1).toString()).toBe('2024-02-29');
    expect(BusinessDate.parse('2024-01-31').addMonths(1).toString()).toBe('2024-02-29');
    expect(BusinessDate.parse('2024-12-15').addMonths(1).toString()).toBe('2025-01-15');
    expect(BusinessDate.parse('2026-11-01').daysUntil(BusinessDate.parse('2026-12-01'))).toBe(30);
  });

  it('counts full years as ages are counted', () => {
    const born = BusinessDate.parse('2004-06-15');
    expect(born.fullYearsUntil(BusinessDate.parse('2026-06-14'))).toBe(21);
    expect(born.fullYearsUntil(BusinessDate.parse('2026-06-15'))).toBe(22);
  });

  it('lets a 29 February birthday come of age on 28 February of a common year (Civil Code art. 203)', () => {
    const leapling = BusinessDate.parse('2004-02-29');
    expect(leapling.fullYearsUntil(BusinessDate.parse('2026-02-27'))).toBe(21);
    expect(leapling.fullYearsUntil(BusinessDate.parse('2026-02-28'))).toBe(22);
    expect(leapling.fullYearsUntil(BusinessDate.parse('2028-02-28'))).toBe(23);
    expect(leapling.fullYearsUntil(BusinessDate.parse('2028-02-29'))).toBe(24);
  });
});
