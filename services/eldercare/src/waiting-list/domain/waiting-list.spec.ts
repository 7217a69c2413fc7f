import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { BedOffer } from './bed-offer';
import { WaitingEntry } from './waiting-entry';
import { checkPolicy, DEFAULT_WAITING_LIST_POLICY, priorityKey, PriorityInputs, WaitingListPolicy } from './waiting-list-policy';

const today = BusinessDate.parse('2026-06-01');
const inputs = (more: Partial<PriorityInputs> = {}): PriorityInputs => ({
  programmes: [],
  careLevel: null,
  birthDate: BusinessDate.parse('1945-01-01'),
  appliedAt: new Date('2026-01-01T00:00:00Z'),
  ...more,
});
const order = (policy: WaitingListPolicy, elders: Record<string, Partial<PriorityInputs>>) =>
  Object.entries(elders)
    .map(([name, more]) => [name, priorityKey(policy, inputs(more))] as const)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([name]) => name);

describe('the basic-guarantee line (保基本床位轮候)', () => {
  it('puts 特困 before 低保 before everyone else, then higher care levels, then older elders, then earlier applications', () => {
    expect(
      order(DEFAULT_WAITING_LIST_POLICY, {
        plain: {},
        dibao: { programmes: ['dibao'] },
        tekun: { programmes: ['tekun', 'dibao'] },
        level6: { careLevel: 6 },
        level2: { careLevel: 2 },
        older: { careLevel: 2, birthDate: BusinessDate.parse('1935-05-05') },
        earlier: { careLevel: 2, appliedAt: new Date('2025-06-01T00:00:00Z') },
      }),
    ).toEqual(['tekun', 'dibao', 'level6', 'older', 'earlier', 'level2', 'plain']);
  });

  it('follows the criteria in the order the policy gives them', () => {
    const ageFirst = { ...DEFAULT_WAITING_LIST_POLICY, criteria: ['age', 'category', 'care-level', 'waiting-time'] as WaitingListPolicy['criteria'] };
    expect(order(ageFirst, { tekun: { programmes: ['tekun'] }, oldest: { birthDate: BusinessDate.parse('1930-01-01') } })).toEqual(['oldest', 'tekun']);
  });

  it.each([
    [{ maxDeclines: 0 }, 'maxDeclines'],
    [{ offerValidDays: 61 }, 'offerValidDays'],
    [{ criteria: ['age', 'age', 'category', 'care-level'] }, 'criteria'],
    [{ categoryRanks: { tekun: 0 } }, 'categoryRanks'],
  ])('refuses a policy with %j', (more, field) => {
    expect(() => checkPolicy({ ...DEFAULT_WAITING_LIST_POLICY, ...(more as Partial<WaitingListPolicy>) })).toThrow(expect.objectContaining({ field }));
  });

  const entry = () =>
    WaitingEntry.apply(
      { id: 'e1', citizenId: CitizenId.parse('310104195001011235'), name: '王建国', divisionCode: '310104003', appliedAt: new Date(), priorityKey: 'k' },
      today,
    );

  it('takes elders of 60 and over', () => {
    expect(entry().status).toBe('waiting');
    const young = CitizenId.parse('310104197001011234');
    expect(
      errorCodeOf(() =>
        WaitingEntry.apply({ id: 'e2', citizenId: young, name: '甲', divisionCode: '310104003', appliedAt: new Date(), priorityKey: 'k' }, today),
      ),
    ).toBe('WAITING_LIST.TOO_YOUNG');
  });

  it('goes back in line after a decline, and out of it after the policy’s number of declines', () => {
    const e = entry();
    for (let i = 1; i <= 2; i += 1) {
      e.offered();
      e.declined(3);
      expect(e.snapshot()).toMatchObject({ status: 'waiting', declines: i });
    }
    e.offered();
    e.declined(3);
    expect(e.snapshot()).toMatchObject({ status: 'dropped', declines: 3, closedReason: 'declined 3 offers' });
    expect(errorCodeOf(() => e.offered())).toBe('WAITING_LIST.NOT_WAITING');
  });

  it('offers a bed until a date: accepted within it, lapsed after it, decided once', () => {
    const offer = () => BedOffer.make({ id: 'o1', entryId: 'e1', bedId: 'b1', divisionCode: '310104003', offeredOn: today, validDays: 7, skipReason: null });
    expect(offer().snapshot().expiresOn.toString()).toBe('2026-06-08');
    const late = offer();
    expect(errorCodeOf(() => late.accept(BusinessDate.parse('2026-06-09')))).toBe('OFFER.EXPIRED');
    expect(errorCodeOf(() => late.expire(BusinessDate.parse('2026-06-08')))).toBe('OFFER.NOT_DUE');
    late.expire(BusinessDate.parse('2026-06-09'));
    expect(late.status).toBe('expired');
    expect(errorCodeOf(() => late.decline(today, 'x'))).toBe('OFFER.DECIDED');
    const taken = offer();
    taken.accept(BusinessDate.parse('2026-06-08'));
    expect(taken.status).toBe('accepted');
  });
});
