import { ControllableClock, DomainError, errorCodeOf, Money } from '@civic/domain-kernel';
import { screenDuplicates } from './duplicate-screening';
import { Household } from './household';
import { memberFrom, MemberInput } from './household-member';
import { payeeAccount } from './payee-account';

const clock = new ControllableClock(new Date('2026-03-01T00:00:00Z'));
const head: MemberInput = { citizenId: '11010519491231002X', name: '张三', relation: 'head', monthlyIncome: '1000.00', assets: '0' };
const spouse: MemberInput = { citizenId: '110105195001011234', name: '李四', relation: 'spouse', monthlyIncome: '1', assets: '300' };
const valid = (m: MemberInput, i = 0) => memberFrom(m, i, clock);
const codeOf = errorCodeOf;

describe('household members', () => {
  it.each([
    ['a negative income', { monthlyIncome: '-1.00' }, 'HOUSEHOLD.NEGATIVE_AMOUNT'],
    ['a non-numeric income', { monthlyIncome: 'lots' }, 'MONEY.MALFORMED'],
    ['an unknown relation', { relation: 'cousin' }, 'HOUSEHOLD.RELATION_UNKNOWN'],
    ['a disability grade of 5', { disabilityGrade: 5 }, 'HOUSEHOLD.DISABILITY_GRADE_INVALID'],
    ['an empty name', { name: ' ' }, 'HOUSEHOLD.MEMBER_NAME_INVALID'],
    ['a bad check character', { citizenId: '110105194912310021' }, 'CITIZEN_ID.BAD_CHECK_CHARACTER'],
  ])('refuses %s, naming the member field', (_what, change, code) => {
    const error = (() => {
      try {
        memberFrom({ ...head, ...change } as MemberInput, 3, clock);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.code).toBe(code);
    expect(error?.field).toMatch(/^members\[3\]\./);
  });
});

describe('Household', () => {
  it('computes per-capita monthly income to the fen', () => {
    const household = Household.register({ id: 'h', divisionCode: '310104003', address: '某路', members: [valid(head), valid(spouse, 1)] });
    expect(household.perCapitaMonthlyIncome().toString()).toBe('500.50');
    expect(household.perCapitaAssets()).toEqual(Money.parse('150'));
    expect(household.pullChanges()).toEqual([{ kind: 'registered' }]);
  });

  it('needs exactly one head and no repeated member', () => {
    expect(codeOf(() => Household.register({ id: 'h', divisionCode: '310104003', address: 'x', members: [valid(spouse)] }))).toBe('HOUSEHOLD.ONE_HEAD');
    expect(codeOf(() => Household.register({ id: 'h', divisionCode: '310104003', address: 'x', members: [valid(head), valid(head)] }))).toBe(
      'HOUSEHOLD.ONE_HEAD',
    );
    expect(
      codeOf(() => Household.register({ id: 'h', divisionCode: '310104003', address: 'x', members: [valid(head), valid({ ...head, relation: 'child' })] })),
    ).toBe('HOUSEHOLD.MEMBER_REPEATED');
    expect(codeOf(() => Household.register({ id: 'h', divisionCode: '31A', address: 'x', members: [valid(head)] }))).toMatch(/^DIVISION_CODE\./);
  });

  it('a flagged household cannot apply until an officer clears it; a dissolved one changes no more', () => {
    const household = Household.register({ id: 'h', divisionCode: '310104003', address: 'x', members: [valid(head)] });
    household.flagForReview(['suspected duplicate']);
    expect(codeOf(() => household.mustBeClearForApplication())).toBe('HOUSEHOLD.UNDER_DUPLICATE_REVIEW');
    household.clearReview('different people');
    expect(() => household.mustBeClearForApplication()).not.toThrow();
    expect(codeOf(() => household.clearReview('again'))).toBe('HOUSEHOLD.NOT_FLAGGED');
    household.dissolve('moved away');
    expect(codeOf(() => household.moveTo('310104004', 'y', 'z'))).toBe('HOUSEHOLD.DISSOLVED');
    expect(household.version).toBe(3);
  });
});

describe('duplicate screening', () => {
  const matches = [
    { kind: 'citizen-id' as const, memberCitizenId: '11010519491231002X', citizenId: '11010519491231002X', otherHouseholdId: 'other' },
    { kind: 'name-birth-division' as const, memberCitizenId: '110105195001011234', citizenId: '110105195001011241', otherHouseholdId: 'another' },
  ];
  it('refuses on a refusing matcher, naming the member, and never shows the whole ID', () => {
    const error = (() => {
      try {
        screenDuplicates([{ code: 'id', kind: 'citizen-id', action: 'refuse', enabled: true }], matches, ['110105195001011234', '11010519491231002X']);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error).toMatchObject({ code: 'HOUSEHOLD.MEMBER_IN_ANOTHER_HOUSEHOLD', kind: 'conflict', field: 'members[1].citizenId' });
    expect(error?.message).not.toContain('11010519491231002X');
  });
  it('flags on a flagging matcher and ignores disabled ones', () => {
    const result = screenDuplicates(
      [
        { code: 'id', kind: 'citizen-id', action: 'refuse', enabled: false },
        { code: 'nbd', kind: 'name-birth-division', action: 'flag', enabled: true },
      ],
      matches,
    );
    expect(result.reviewNotes).toEqual(['suspected duplicate of 110105********1241 in household another (matcher nbd)']);
  });
});

describe('the payee account (代发账户)', () => {
  const household = () => Household.register({ id: 'h', divisionCode: '310104', address: '湖南路8号', members: [valid(head), valid(spouse, 1)] });
  const account = (payeeCitizenId: string) => payeeAccount({ payeeCitizenId, bankName: '工商银行', accountNumber: '6222 0210 0112 2334 458' });

  it("is a member's own account", () => {
    const h = household();
    h.recordPayeeAccount(account(spouse.citizenId), '配偶本人卡');
    expect(h.payeeAccount).toEqual({ payeeCitizenId: spouse.citizenId, bankName: '工商银行', accountNumber: '6222021001122334458' });
    expect(codeOf(() => h.recordPayeeAccount(account('110105195001011250'), '他人账户'))).toBe('HOUSEHOLD.PAYEE_NOT_MEMBER');
  });

  it('leaves with the payee: a member change without them drops it', () => {
    const h = household();
    h.recordPayeeAccount(account(spouse.citizenId), '配偶本人卡');
    h.replaceMembers([valid(head)], '配偶迁出');
    expect(h.payeeAccount).toBeNull();
    const kept = household();
    kept.recordPayeeAccount(account(head.citizenId), '户主本人卡');
    kept.replaceMembers([valid(head)], '配偶迁出');
    expect(kept.payeeAccount?.payeeCitizenId).toBe(head.citizenId);
  });
});
