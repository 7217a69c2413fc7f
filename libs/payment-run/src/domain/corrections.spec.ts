import { BusinessDate } from '@civic/domain-kernel';
import { corrections } from './corrections';

const d = (text: string) => BusinessDate.parse(text);

describe('corrections of months already paid', () => {
  const due = (byMonth: Record<string, number>) => (month: BusinessDate) => byMonth[month.toString().slice(0, 7)] ?? 0;

  it('correct nothing when each month was paid what it is due', () => {
    expect(corrections(due({ '2026-03': 219000 }), [{ month: d('2026-03-01'), paidFen: 219000 }])).toEqual([]);
  });

  it('pay arrears for a month paid too little and recover a month paid too much, each for its own month', () => {
    const found = corrections(due({ '2026-03': 230000, '2026-04': 0 }), [
      { month: d('2026-03-01'), paidFen: 219000 },
      { month: d('2026-04-01'), paidFen: 219000 },
    ]);
    expect(found.map((c) => [c.period.toString(), c.kind, c.amountFen])).toEqual([
      ['2026-03-01', 'arrears', 11000],
      ['2026-04-01', 'recovery', -219000],
    ]);
  });
});
