import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { DeathRecord } from './death-record';

const today = BusinessDate.parse('2026-03-10');
const deceased = CitizenId.parse('310104194912310020');
const register = (dateOfDeath = '2026-03-01', overrides: Partial<{ name: string; divisionCode: string }> = {}) =>
  DeathRecord.register(
    {
      id: 'd1',
      citizenId: deceased,
      name: '张三',
      dateOfDeath: BusinessDate.parse(dateOfDeath),
      placeOfDeath: '上海市第六人民医院',
      divisionCode: '310104003',
      funeralHome: '龙华殡仪馆',
      certificateNo: 'SW1',
      ...overrides,
    },
    today,
  );
const cremation = (crematedOn: string) => ({ crematedOn: BusinessDate.parse(crematedOn), funeralHome: '龙华殡仪馆', certificateNo: 'HH1' });

describe('death record (死亡登记, 火化)', () => {
  it.each([
    ['a death in the future', () => register('2026-03-11'), 'DEATH.IN_FUTURE'],
    ['a death before the birth in the ID', () => register('1949-12-30'), 'DEATH.BEFORE_BIRTH'],
    ['an empty name', () => register('2026-03-01', { name: ' ' }), 'DEATH.FIELD_INVALID'],
    ['a malformed division', () => register('2026-03-01', { divisionCode: '31010' }), 'DIVISION_CODE.MALFORMED'],
  ])('refuses %s', (_what, attempt, code) => {
    expect(errorCodeOf(attempt)).toBe(code);
  });

  it('records the registration, then one cremation not before the death and not after today', () => {
    const record = register();
    expect(record.pullChanges()).toEqual([{ kind: 'registered' }]);
    expect(errorCodeOf(() => record.cremate(cremation('2026-02-28'), today))).toBe('DEATH.CREMATION_BEFORE_DEATH');
    expect(errorCodeOf(() => record.cremate(cremation('2026-03-11'), today))).toBe('DEATH.CREMATION_IN_FUTURE');
    record.cremate(cremation('2026-03-10'), today);
    expect(record.pullChanges()).toEqual([{ kind: 'cremated' }]);
    expect(record.snapshot()).toMatchObject({ status: 'cremated', version: 2, cremation: { crematedOn: '2026-03-10' } });
    expect(errorCodeOf(() => record.cremate(cremation('2026-03-05'), today))).toBe('DEATH.ALREADY_CREMATED');
  });
});

describe('corrections (更正) and revocations (撤销) of a death record', () => {
  it('correct the facts recorded wrongly, keeping the values before, and announce a moved date of death', () => {
    const record = register();
    record.pullChanges();
    const correction = record.correct({ dateOfDeath: BusinessDate.parse('2026-02-27'), name: '张三 ' }, '依死亡医学证明更正', 'clerk', today);
    expect(correction.changes).toEqual({ dateOfDeath: { from: '2026-03-01', to: '2026-02-27' } });
    expect(record.snapshot()).toMatchObject({ dateOfDeath: BusinessDate.parse('2026-02-27'), version: 2, corrections: [correction] });
    expect(record.pullChanges()).toEqual([{ kind: 'corrected', correction, previousDateOfDeath: BusinessDate.parse('2026-03-01') }]);
  });

  it.each([
    ['nothing changed', { name: '张三' }, 'DEATH.NOTHING_CORRECTED'],
    ['a date of death in the future', { dateOfDeath: BusinessDate.parse('2026-03-11') }, 'DEATH.IN_FUTURE'],
    ['an empty place', { placeOfDeath: ' ' }, 'DEATH.FIELD_INVALID'],
  ])('refuse a correction with %s', (_what, facts, code) => {
    expect(errorCodeOf(() => register().correct(facts, '更正', 'clerk', today))).toBe(code);
  });

  it('keep a corrected date of death on or before a recorded cremation, and ask a reason', () => {
    const record = register();
    record.cremate(cremation('2026-03-05'), today);
    expect(errorCodeOf(() => record.correct({ dateOfDeath: BusinessDate.parse('2026-03-06') }, '更正', 'clerk', today))).toBe('DEATH.CREMATION_BEFORE_DEATH');
    expect(errorCodeOf(() => record.correct({ name: '李四' }, ' ', 'clerk', today))).toBe('DEATH.REASON_REQUIRED');
  });

  it('revoke a death registered in error once, after which nothing else is recorded on it', () => {
    const record = register();
    record.pullChanges();
    record.revoke('医院误报', 'clerk', today);
    expect(record.snapshot()).toMatchObject({ status: 'revoked', revocation: { revokedOn: '2026-03-10', revokedBy: 'clerk', reason: '医院误报' } });
    expect(record.pullChanges()).toEqual([{ kind: 'revoked' }]);
    expect(errorCodeOf(() => record.revoke('again', 'clerk', today))).toBe('DEATH.REVOKED');
    expect(errorCodeOf(() => record.cremate(cremation('2026-03-10'), today))).toBe('DEATH.REVOKED');
    expect(errorCodeOf(() => record.correct({ name: '李四' }, '更正', 'clerk', today))).toBe('DEATH.REVOKED');
  });
});
