import { BusinessDate } from '@civic/domain-kernel';
import { statusInForce } from '../../payment-run/domain/payable';
import { dibaoBenefit } from './benefit.fixture';
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

describe('a death revoked (registered in error)', () => {
  const benefit = () => dibaoBenefit();

  it('reinstates a benefit the death ended, from the date it stopped and with no end: paid as if it had not happened', () => {
    const b = benefit();
    b.terminate(day('2026-04-01'), 'death registered (d1)');
    b.pullChanges();
    expect(b.reinstate(day('2026-04-01'), 'death record d1 revoked')).toBe(true);
    expect(b.snapshot()).toMatchObject({ status: 'active', endsOn: null });
    const [change] = b.pullChanges();
    expect(change).toMatchObject({ kind: 'resumed', from: 'terminated', effectiveOn: day('2026-04-01') });
    // The resumption is recorded after the stop, so it is the status in force from that date.
    const changes = [
      { effectiveOn: day('2026-04-01'), to: 'terminated' as const },
      { effectiveOn: day('2026-04-01'), to: 'active' as const },
    ];
    expect(statusInForce(changes, day('2026-04-01'))).toBe('active');
  });

  it('leaves an active benefit alone', () => {
    expect(benefit().reinstate(day('2026-04-01'), 'x')).toBe(false);
  });
});
