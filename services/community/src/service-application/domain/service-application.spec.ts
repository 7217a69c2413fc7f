import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { ServiceApplication } from './service-application';

const d = (text: string) => BusinessDate.parse(text);
const applicant = { citizenId: CitizenId.parse('310104195001011235'), name: '王建国' };
const accepted = (receivedOn = '2026-09-30') =>
  ServiceApplication.accept({ id: 'a', item: { code: 'SQ-0101', timeLimitDays: 3 }, centreCode: '310104003', applicant, receivedOn: d(receivedOn) });

describe('applications at acceptance centres (社区事务受理)', () => {
  it('fall due the item’s working days after receipt, past holidays (承诺时限), and are overdue only after that day while open', () => {
    const application = accepted();
    expect(application.snapshot().dueOn).toEqual(d('2026-10-10')); // 1-7 October off, Saturday 10 October worked
    expect(application.isOverdue(d('2026-10-10'))).toBe(false);
    expect(application.isOverdue(d('2026-10-11'))).toBe(true);
    application.conclude(d('2026-10-12'), 'approved', null);
    expect(application.isOverdue(d('2026-10-20'))).toBe(false);
    expect(application.wasLate()).toBe(true);
  });

  it('are concluded once, not before receipt, and a refusal says why', () => {
    const application = accepted();
    expect(errorCodeOf(() => application.conclude(d('2026-09-29'), 'approved', null))).toBe('SERVICE_APPLICATION.BEFORE_RECEIPT');
    expect(errorCodeOf(() => application.conclude(d('2026-10-08'), 'refused', ' '))).toBe('SERVICE_APPLICATION.REFUSAL_UNEXPLAINED');
    application.conclude(d('2026-10-08'), 'refused', '材料不全');
    expect(application.wasLate()).toBe(false);
    expect(application.snapshot()).toMatchObject({ status: 'concluded', conclusion: { outcome: 'refused', note: '材料不全' }, version: 2 });
    expect(errorCodeOf(() => application.conclude(d('2026-10-09'), 'approved', null))).toBe('SERVICE_APPLICATION.CONCLUDED');
  });

  it('are accepted at a sub-district’s or town’s centre only', () => {
    expect(
      errorCodeOf(() =>
        ServiceApplication.accept({ id: 'a', item: { code: 'SQ-0101', timeLimitDays: 3 }, centreCode: '310104003001', applicant, receivedOn: d('2026-09-30') }),
      ),
    ).toBe('SERVICE_APPLICATION.NOT_A_CENTRE');
  });
});
