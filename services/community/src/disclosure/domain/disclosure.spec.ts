import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Disclosure } from './disclosure';

const d = (text: string) => BusinessDate.parse(text);
const finance = { code: 'finance', name: '财务公开', dueDays: 15 };
const scheduled = () => Disclosure.schedule({ id: 'x', committeeCode: '310151101001', kind: finance, periodEnd: d('2026-06-30') });

describe('village affairs disclosures (村务公开)', () => {
  it('fall due the kind’s days after their period ends, and are overdue only after that day while unpublished', () => {
    const disclosure = scheduled();
    expect(disclosure.snapshot().dueOn).toEqual(d('2026-07-15'));
    expect(disclosure.isOverdue(d('2026-07-15'))).toBe(false);
    expect(disclosure.isOverdue(d('2026-07-16'))).toBe(true);
    disclosure.publish(d('2026-07-20'), '二季度收支明细');
    expect(disclosure.isOverdue(d('2026-08-01'))).toBe(false);
  });

  it('are a committee’s, published once, after their period', () => {
    expect(errorCodeOf(() => Disclosure.schedule({ id: 'x', committeeCode: '310151101', kind: finance, periodEnd: d('2026-06-30') }))).toBe(
      'DISCLOSURE.NOT_A_COMMITTEE',
    );
    const disclosure = scheduled();
    expect(errorCodeOf(() => disclosure.publish(d('2026-06-30'), 'x'))).toBe('DISCLOSURE.BEFORE_PERIOD_END');
    disclosure.publish(d('2026-07-02'), '二季度收支明细');
    expect(errorCodeOf(() => disclosure.publish(d('2026-07-03'), 'again'))).toBe('DISCLOSURE.ALREADY_PUBLISHED');
  });
});
