import { BusinessDate, Money } from '@civic/domain-kernel';
import { Benefit } from './benefit';
import { dibaoBenefit } from './benefit.fixture';

const day = (d: string) => BusinessDate.parse(d);
const grant = () => dibaoBenefit({ id: 'b', householdId: 'h', applicationId: 'a', startsOn: day('2026-04-01') });

describe('Benefit', () => {
  it('suspends, resumes and terminates from the first of a month, recording each change', () => {
    const b = grant();
    b.suspend(day('2026-06-01'), '复核');
    b.resume(day('2026-07-01'), '复核通过');
    b.terminate(day('2026-09-01'), '收入超标');
    expect(b.snapshot()).toMatchObject({ status: 'terminated', endsOn: day('2026-08-31'), version: 4 });
    expect(b.pullChanges().map((c) => c.kind)).toEqual(['granted', 'suspended', 'resumed', 'terminated']);
  });

  it.each([
    ['resume an active benefit', (b: Benefit) => b.resume(day('2026-06-01'), 'x'), /active benefit cannot become active/],
    ['change mid-month', (b: Benefit) => b.suspend(day('2026-06-15'), 'x'), /first day of a month/],
    ['change before the start', (b: Benefit) => b.suspend(day('2026-03-01'), 'x'), /precede the start/],
    ['change without a reason', (b: Benefit) => b.suspend(day('2026-06-01'), ' '), /needs a reason/],
  ])('refuses to %s', (_what, step, message) => {
    const b = grant();
    expect(() => step(b)).toThrow(message);
    expect(b.version).toBe(1);
  });

  it('reprices only when the amount changes and never once terminated', () => {
    const b = grant();
    expect(b.reprice(Money.parse('1420'), day('2026-07-01'), 'same', b.snapshot().basis)).toBe(false);
    expect(b.reprice(Money.parse('1510'), day('2026-07-01'), 'standard', b.snapshot().basis)).toBe(true);
    b.terminate(day('2026-08-01'), 'x');
    expect(b.reprice(Money.parse('1600'), day('2027-07-01'), 'standard', b.snapshot().basis)).toBe(false);
  });
});
