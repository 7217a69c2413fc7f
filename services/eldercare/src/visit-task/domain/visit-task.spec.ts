import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { VisitTask } from './visit-task';

const today = BusinessDate.parse('2026-06-01');
const planned = () => VisitTask.plan({ id: 'v1', citizenId: '310104195001011235', name: '张阿婆', divisionCode: '310104003', reason: 'living-alone-elder' });

describe('VisitTask (独居老人探访)', () => {
  it('is closed once with the visit date and what was found', () => {
    const task = planned();
    task.close(BusinessDate.parse('2026-05-30'), ' 老人身体尚好, 已登记助餐 ', today);
    expect(task.snapshot()).toMatchObject({ status: 'closed', outcome: '老人身体尚好, 已登记助餐', version: 2 });
    expect(errorCodeOf(() => task.close(today, 'again', today))).toBe('VISIT.CLOSED');
  });

  it.each([
    [BusinessDate.parse('2026-06-02'), '好', 'VISIT.IN_FUTURE'],
    [today, '  ', 'VISIT.FIELD_INVALID'],
  ])('refuses a visit on %s with outcome %j', (on, outcome, code) => {
    expect(errorCodeOf(() => planned().close(on, outcome, today))).toBe(code);
  });
});
