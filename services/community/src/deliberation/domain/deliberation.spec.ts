import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Deliberation, Participant } from './deliberation';

const parties: Participant[] = [
  { name: '张居民', role: 'resident-representative' },
  { name: '李主任', role: 'committee-member' },
  { name: '王经理', role: 'property-management' },
];
const record = (over: Partial<Parameters<typeof Deliberation.record>[0]> = {}) =>
  Deliberation.record({
    id: 'x',
    committeeCode: '310104003001',
    topic: ' 加装电梯费用分摊 ',
    heldOn: BusinessDate.parse('2026-05-20'),
    participants: parties,
    resolution: '按楼层系数分摊',
    ...over,
  });

describe('deliberation meetings (议事协商)', () => {
  it('record a committee’s topic, its parties and the resolution', () => {
    expect(record().snapshot()).toMatchObject({ committeeCode: '310104003001', topic: '加装电梯费用分摊', participants: parties });
  });

  it.each([
    [{ committeeCode: '310104003' }, 'DELIBERATION.NOT_A_COMMITTEE'],
    [{ participants: parties.slice(0, 2) }, 'DELIBERATION.TOO_FEW_PARTICIPANTS'],
    [{ participants: [...parties.slice(0, 2), { name: '张居民', role: 'other' as const }] }, 'DELIBERATION.TOO_FEW_PARTICIPANTS'],
    [{ participants: parties.map((p) => ({ ...p, role: 'other' as const })) }, 'DELIBERATION.NO_RESIDENTS'],
    [{ resolution: ' ' }, 'DELIBERATION.FIELD_INVALID'],
  ])('are refused for %j (%s)', (over, code) => {
    expect(errorCodeOf(() => record(over))).toBe(code);
  });
});
