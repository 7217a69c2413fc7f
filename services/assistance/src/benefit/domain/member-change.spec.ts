import { BusinessDate, ControllableClock, Money } from '@civic/domain-kernel';
import { memberFrom } from '../../household/domain/household-member';
import { dibaoBenefit } from './benefit.fixture';
import { repriceForMemberChange } from './member-change';

const d = (text: string) => BusinessDate.parse(text);
const clock = new ControllableClock(new Date('2026-03-01T00:00:00Z'));
const head = memberFrom({ citizenId: '11010519491231002X', name: '张三', relation: 'head', monthlyIncome: '300.00', assets: '0' }, 0, clock);
const spouse = memberFrom({ citizenId: '110105195001011234', name: '李四', relation: 'spouse', monthlyIncome: '0', assets: '0' }, 1, clock);
const benefit = (startsOn = '2026-01-01') =>
  dibaoBenefit({
    memberCitizenIds: ['11010519491231002X'],
    basis: { perCapitaIncome: '0.00', totalIncome: '0.00', rule: 'gap', standard: '1420.00' },
    startsOn: d(startsOn),
  });
// 1420.00 until June, 1500.00 from July.
const standardOn = (day: BusinessDate) => Money.parse(day.isBefore(d('2026-07-01')) ? '1420' : '1500');

describe('a member change (成员变更) re-prices the benefit', () => {
  it('from the first of next month by the same gap rule, on the members and incomes now recorded', () => {
    const b = benefit();
    b.pullChanges();
    expect(repriceForMemberChange(b, { kind: 'gap' }, [head, spouse], standardOn, d('2026-06-15'), '配偶迁入')).toBe(true);
    // (1500 x 2 - 300): July's standard, two people, the head's income.
    expect(b.snapshot()).toMatchObject({ recipients: 2, memberCitizenIds: ['11010519491231002X', '110105195001011234'] });
    expect(b.snapshot().monthlyAmount.toString()).toBe('2700.00');
    expect(b.pullChanges()).toEqual([expect.objectContaining({ kind: 'amount-changed', effectiveFrom: d('2026-07-01'), reason: '成员变更: 配偶迁入' })]);
  });

  it('from its start when it has not started yet', () => {
    const b = benefit('2026-09-01');
    b.pullChanges();
    repriceForMemberChange(b, { kind: 'gap' }, [head], standardOn, d('2026-06-15'), '收入变化');
    expect(b.pullChanges()[0]).toMatchObject({ effectiveFrom: d('2026-09-01') });
    expect(b.snapshot().monthlyAmount.toString()).toBe('1200.00');
  });

  it('leaves one-off payments and unchanged figures alone', () => {
    const b = benefit();
    b.pullChanges();
    expect(repriceForMemberChange(b, { kind: 'one-off', maxYuan: '5000' }, [head, spouse], standardOn, d('2026-06-15'), 'x')).toBe(false);
    const same = memberFrom({ citizenId: '11010519491231002X', name: '张三', relation: 'head', monthlyIncome: '0', assets: '0' }, 0, clock);
    expect(repriceForMemberChange(b, { kind: 'gap' }, [same], standardOn, d('2026-03-15'), 'x')).toBe(false);
  });
});
