import { progressPercent } from '@civic/domain-kernel';
import { monthLabel, parsePaymentMonth } from './payment-month';
import { mustBeCompleted, startDecision } from './payment-run';

describe('payment runs', () => {
  it('parse months and label them', () => {
    expect(monthLabel(parsePaymentMonth('2026-04'))).toBe('2026-04');
    expect(parsePaymentMonth('2026-04').toString()).toBe('2026-04-01');
    for (const bad of ['2026-13', '2026-4', '26-04', '2026-04-01', '']) expect(() => parsePaymentMonth(bad)).toThrow(/YYYY-MM/);
  });
  it('report progress in whole percent, 100 only when done', () => {
    expect(progressPercent(0, 200000)).toBe(0);
    expect(progressPercent(199999, 200000)).toBe(99);
    expect(progressPercent(200000, 200000)).toBe(100);
    expect(progressPercent(0, 0)).toBe(100);
  });
  it('are idempotent: a completed month is not run again, a failed one resumes', () => {
    expect(startDecision(null)).toBe('create');
    expect(startDecision({ status: 'completed' })).toBe('already-completed');
    expect(startDecision({ status: 'failed' })).toBe('resume');
    expect(startDecision({ status: 'running' })).toBe('already-running');
    expect(() => mustBeCompleted('running', '2026-04')).toThrow(/once it completes/);
  });
});
