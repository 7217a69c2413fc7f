import { BusinessDate } from '@civic/domain-kernel';
import { deathEffect } from './death-effect';

const day = (d: string) => BusinessDate.parse(d);

describe('a death and the benefits covering the person', () => {
  it('ends a benefit for the deceased alone from the next month', () => {
    expect(deathEffect({ recipients: 1, startsOn: day('2026-01-01') }, day('2026-03-15'))).toEqual({ change: 'terminate', effectiveOn: day('2026-04-01') });
    expect(deathEffect({ recipients: 1, startsOn: day('2026-01-01') }, day('2026-12-31'))).toEqual({ change: 'terminate', effectiveOn: day('2027-01-01') });
  });
  it('suspends a benefit that covers others until the household is re-verified', () => {
    expect(deathEffect({ recipients: 3, startsOn: day('2026-01-01') }, day('2026-03-01')).change).toBe('suspend');
  });
  it('never dates the change before the benefit started', () => {
    expect(deathEffect({ recipients: 1, startsOn: day('2026-06-01') }, day('2026-03-15')).effectiveOn).toEqual(day('2026-06-01'));
  });
});
