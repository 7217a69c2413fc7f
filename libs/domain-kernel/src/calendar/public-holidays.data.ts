/**
 * 全国年节及纪念日放假 as the State Council's General Office announces it each year: the days off
 * (放假) and the weekend days worked instead (调休上班). One entry per year, added when the notice is
 * published (usually in November for the next year); until then a year counts weekends only.
 */
export type HolidayYear = {
  year: number;
  source: string;
  /** Days off, weekends inside a holiday block included. */
  daysOff: string[];
  /** Saturdays and Sundays that are working days (调休). */
  workingWeekendDays: string[];
};

const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
};

export const PUBLIC_HOLIDAYS: HolidayYear[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知',
    daysOff: [
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ],
    workingWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知',
    daysOff: [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ],
    workingWeekendDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
