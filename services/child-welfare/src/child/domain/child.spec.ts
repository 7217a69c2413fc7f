import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { Child } from './child';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const eleven = CitizenId.parse('31010420150101123X');
const seventeen = CitizenId.parse('310104200906011233');
const eighteen = CitizenId.parse('310104200801011237');
const father = CitizenId.parse('310104198001011239');
const aunt = CitizenId.parse('310104198201011241');
const register = (over: Partial<{ citizenId: CitizenId; category: string; subKind: string | null; registeredOn: BusinessDate }> = {}) =>
  Child.register(
    {
      id: 'c1',
      citizenId: eleven,
      name: ' 小明 ',
      divisionCode: '310104003',
      address: '天平路 1 号',
      category: 'left-behind',
      subKind: null,
      registeredOn: d('2026-03-01'),
      recordedBy: 'officer',
      ...over,
    },
    today,
  );
const guardian = (citizenId: CitizenId | null, relation: string) => ({
  id: `g${Math.random()}`,
  citizenId,
  name: '监护人',
  relation,
  contact: '13800000000',
  from: d('2026-03-01'),
});

describe('Child record', () => {
  it('registers a minor in a category, with its first period', () => {
    const child = register();
    expect(child.snapshot()).toMatchObject({ name: '小明', status: 'active', version: 1 });
    expect(child.current).toMatchObject({ category: 'left-behind', reason: '登记' });
  });

  it('refuses a category that does not fit the child’s age, and a sub-kind where none belongs', () => {
    expect(errorCodeOf(() => register({ citizenId: eighteen, category: 'orphan' }))).toBe('CHILD.NOT_A_MINOR');
    expect(errorCodeOf(() => register({ citizenId: seventeen, category: 'left-behind' }))).toBe('CHILD.CATEGORY_AGE');
    expect(register({ citizenId: seventeen, category: 'orphan' }).current.category).toBe('orphan');
    expect(errorCodeOf(() => register({ category: 'in-difficulty' }))).toBe('CHILD.SUB_KIND_REQUIRED');
    expect(errorCodeOf(() => register({ category: 'orphan', subKind: 'poverty' }))).toBe('CHILD.SUB_KIND_INVALID');
    expect(register({ category: 'in-difficulty', subKind: 'disability' }).current.subKind).toBe('disability');
    expect(errorCodeOf(() => register({ category: 'wanderer' }))).toBe('CHILD.CATEGORY_INVALID');
  });

  it('changes the category from a later date, keeping the history', () => {
    const child = register({ category: 'de-facto-unattended' });
    child.changeCategory({ category: 'orphan', subKind: null, effectiveOn: d('2026-06-01'), reason: '父母宣告死亡', recordedBy: 'officer' }, today);
    expect(child.snapshot().categories.map((c) => c.category)).toEqual(['de-facto-unattended', 'orphan']);
    expect(child.pullChanges().map((c) => c.kind)).toEqual(['registered', 'category-changed']);
    expect(
      errorCodeOf(() => child.changeCategory({ category: 'autism', subKind: null, effectiveOn: d('2026-05-01'), reason: 'x', recordedBy: 'o' }, today)),
    ).toBe('CHILD.OUT_OF_ORDER');
    expect(
      errorCodeOf(() => child.changeCategory({ category: 'orphan', subKind: null, effectiveOn: d('2026-07-01'), reason: 'x', recordedBy: 'o' }, today)),
    ).toBe('CHILD.SAME_CATEGORY');
  });

  it('keeps parents out of an orphan’s guardians, and one open guardianship per person', () => {
    const orphan = register({ category: 'orphan' });
    expect(errorCodeOf(() => orphan.addGuardian(guardian(father, 'father'), today))).toBe('CHILD.ORPHAN_PARENT');
    orphan.addGuardian(guardian(aunt, 'relative'), today);
    expect(errorCodeOf(() => orphan.addGuardian(guardian(aunt, 'relative'), today))).toBe('CHILD.ALREADY_GUARDIAN');

    const child = register({ category: 'de-facto-unattended' });
    const dad = child.addGuardian(guardian(father, 'father'), today);
    expect(
      errorCodeOf(() => child.changeCategory({ category: 'orphan', subKind: null, effectiveOn: d('2026-06-01'), reason: 'x', recordedBy: 'o' }, today)),
    ).toBe('CHILD.ORPHAN_PARENT');
    child.endGuardianship(dad.id, d('2026-05-20'), '死亡');
    child.changeCategory({ category: 'orphan', subKind: null, effectiveOn: d('2026-06-01'), reason: '父母双亡', recordedBy: 'o' }, today);
    expect(errorCodeOf(() => child.endGuardianship(dad.id, d('2026-05-21'), 'again'))).toBe('CHILD.GUARDIANSHIP_ENDED');
  });

  it('closes once, ending the open guardianships', () => {
    const child = register();
    child.addGuardian(guardian(aunt, 'relative'), today);
    child.close('adopted', d('2026-09-01'));
    expect(child.snapshot()).toMatchObject({ status: 'closed', closedReason: 'adopted' });
    expect(child.openGuardians()).toEqual([]);
    expect(errorCodeOf(() => child.close('deceased', d('2026-09-02')))).toBe('CHILD.CLOSED');
    expect(errorCodeOf(() => child.addGuardian(guardian(father, 'father'), today))).toBe('CHILD.CLOSED');
  });
});
