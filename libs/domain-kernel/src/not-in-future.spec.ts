import { BusinessDate } from './business-date';
import { errorCodeOf } from './error-code-of';
import { notInFuture } from './not-in-future';

describe('notInFuture', () => {
  it('takes today and earlier, and refuses tomorrow with the context’s code', () => {
    const today = BusinessDate.parse('2026-11-30');
    expect(errorCodeOf(() => notInFuture(today, today, 'on', 'CHILD'))).toBeUndefined();
    expect(errorCodeOf(() => notInFuture(BusinessDate.parse('2026-12-01'), today, 'on', 'CHILD'))).toBe('CHILD.IN_FUTURE');
  });
});
