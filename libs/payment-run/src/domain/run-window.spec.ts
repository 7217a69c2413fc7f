import { BusinessDate } from '@civic/domain-kernel';
import { mustBeOpenForRunning, runOpensOn } from './run-window';

const d = (text: string) => BusinessDate.parse(text);

describe('which months can run', () => {
  it('open a month on the given day of the month before', () => {
    expect(runOpensOn(d('2027-01-01'), 20).toString()).toBe('2026-12-20');
    expect(runOpensOn(d('2026-03-01'), 1).toString()).toBe('2026-02-01');
  });

  it('refuse a month before its opening day, and allow it from that day and for every month before', () => {
    expect(() => mustBeOpenForRunning(d('2027-01-01'), d('2026-12-19'), 20)).toThrow('the payment run for 2027-01 can start from 2026-12-20');
    expect(() => mustBeOpenForRunning(d('2027-01-01'), d('2026-12-20'), 20)).not.toThrow();
    expect(() => mustBeOpenForRunning(d('2026-12-01'), d('2026-12-19'), 20)).not.toThrow();
    expect(() => mustBeOpenForRunning(d('2020-01-01'), d('2026-12-19'), 20)).not.toThrow();
  });
});
