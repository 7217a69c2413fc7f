import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Agency } from './agency';

const on = BusinessDate.parse('2026-04-01');
const register = () => Agency.register({ id: 'ag1', uscc: '91310104MA1FL5LX3J', name: ' 缘来婚介 ', divisionCode: '310104003', on });

describe('agency (婚姻介绍机构, 殡葬代理)', () => {
  it('registers under a valid USCC, trimmed, and refuses a bad one', () => {
    expect(register().snapshot()).toMatchObject({ name: '缘来婚介', status: 'active', version: 1 });
    expect(errorCodeOf(() => Agency.register({ id: 'x', uscc: '91310104MA1FL5LX3E', name: 'x', divisionCode: '310104', on }))).toMatch(/^USCC\./);
  });

  it('resolves a complaint once, with a reason', () => {
    const agency = register();
    agency.receiveComplaint({ id: 'c1', complainant: '张女士', summary: '虚假信息', on });
    expect(errorCodeOf(() => agency.resolveComplaint('c1', true, ' ', on))).toBe('COMPLAINT.RESOLUTION_REQUIRED');
    agency.resolveComplaint('c1', true, '查实', on);
    expect(errorCodeOf(() => agency.resolveComplaint('c1', false, '再议', on))).toBe('COMPLAINT.NOT_OPEN');
    expect(agency.pullChanges().map((c) => c.kind)).toEqual(['registered', 'complaint-received', 'complaint-resolved']);
  });

  it('takes no complaint once revoked, and stays revoked', () => {
    const agency = register();
    agency.changeStatus('revoked', '多次违规');
    expect(errorCodeOf(() => agency.receiveComplaint({ id: 'c2', complainant: 'x', summary: 'y', on }))).toBe('AGENCY.REVOKED');
    expect(errorCodeOf(() => agency.changeStatus('active', '复业'))).toBe('AGENCY.REVOKED');
  });

  it('a rectification notice needs a deadline after the day it is given', () => {
    const agency = register();
    const notice = { id: 'a1', kind: 'rectification-notice' as const, takenOn: on, findings: '未公示收费标准', partners: [] };
    expect(errorCodeOf(() => agency.takeAction({ ...notice, rectifyBy: null }))).toBe('AGENCY.DEADLINE_REQUIRED');
    expect(errorCodeOf(() => agency.takeAction({ ...notice, rectifyBy: on }))).toBe('AGENCY.DEADLINE_INVALID');
    agency.takeAction({ ...notice, rectifyBy: on.addDays(30) });
    expect(agency.snapshot().actions).toHaveLength(1);
  });
});
