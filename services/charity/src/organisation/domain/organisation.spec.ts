import { BusinessDate, errorCodeOf, uscCheckCharacterOf } from '@civic/domain-kernel';
import { Organisation } from './organisation';
import { OrganisationKind } from './organisation-kind';

/** A valid code of the given authority and type (`53` a foundation registered by civil affairs). */
const code = (prefix: string) => {
  const body = `${prefix}310104000001234`;
  return body + uscCheckCharacterOf(body);
};
const d = (text: string) => BusinessDate.parse(text);
const register = (overrides: Partial<{ uscc: string; kind: OrganisationKind; registeredCapital: string | null; registeredOn: BusinessDate }> = {}) =>
  Organisation.register({
    id: 'o1',
    uscc: code('53'),
    kind: 'foundation',
    name: ' 上海市助老公益基金会 ',
    domicileDivisionCode: '310104003',
    authorityLevel: 'city',
    legalRepresentative: '李四',
    registeredCapital: '4000000.00',
    registeredOn: d('2024-03-01'),
    ...overrides,
  });

describe('Organisation (社会组织)', () => {
  it('registers under a civil-affairs code of its kind, with its capital, recording the registration', () => {
    const organisation = register();
    expect(organisation.snapshot()).toMatchObject({ name: '上海市助老公益基金会', kind: 'foundation', status: 'registered', version: 1 });
    expect(organisation.snapshot().registeredCapital?.toString()).toBe('4000000.00');
    expect(organisation.pullChanges()).toEqual([{ kind: 'registered' }]);
  });

  it.each([
    [{ uscc: code('53').slice(0, 17) + (code('53')[17] === '0' ? '1' : '0') }, 'USCC.BAD_CHECK_CHARACTER'],
    [{ uscc: code('91') }, 'ORGANISATION.USCC_KIND_MISMATCH'],
    [{ uscc: code('51') }, 'ORGANISATION.USCC_KIND_MISMATCH'],
    [{ registeredCapital: '1999999.99' }, 'ORGANISATION.CAPITAL_BELOW_MINIMUM'],
    [{ registeredCapital: null }, 'ORGANISATION.CAPITAL_BELOW_MINIMUM'],
    [{ uscc: code('51'), kind: 'social-group' as const, registeredCapital: '29999.00' }, 'ORGANISATION.CAPITAL_BELOW_MINIMUM'],
    [{ uscc: code('52'), kind: 'social-service-institution' as const, registeredCapital: '0' }, 'ORGANISATION.CAPITAL_INVALID'],
  ])('refuses %j (%s)', (overrides, expected) => {
    expect(errorCodeOf(() => register(overrides))).toBe(expected);
  });

  it('lets a social service institution register without stated funds', () => {
    expect(register({ uscc: code('52'), kind: 'social-service-institution', registeredCapital: null }).snapshot().registeredCapital).toBeNull();
  });

  it('changes the registered items that differ, and refuses a change of nothing', () => {
    const organisation = register();
    organisation.pullChanges();
    organisation.change({ name: '上海市助老慈善基金会', legalRepresentative: '李四' }, d('2025-01-10'));
    expect(organisation.pullChanges()).toEqual([{ kind: 'changed', changed: ['name'], on: d('2025-01-10') }]);
    expect(errorCodeOf(() => organisation.change({ legalRepresentative: '李四' }, d('2025-02-01')))).toBe('ORGANISATION.NOTHING_CHANGED');
    expect(errorCodeOf(() => organisation.change({ name: '新名' }, d('2024-01-01')))).toBe('ORGANISATION.BEFORE_REGISTRATION');
  });

  it('grades 1A-5A for five years and refuses any other grade', () => {
    const organisation = register();
    organisation.grade('4A', d('2026-06-30'));
    expect(organisation.snapshot().grade).toEqual({ grade: 4, on: d('2026-06-30'), expiresOn: d('2031-06-29') });
    for (const bad of ['0A', '6A', 'AAA', '']) expect(errorCodeOf(() => organisation.grade(bad, d('2026-06-30')))).toBe('ORGANISATION.GRADE_OUT_OF_RANGE');
  });

  it('inspects a finished work year since the registration, late after 31 May of the next year', () => {
    const organisation = register();
    organisation.pullChanges();
    organisation.inspect(2025, 'pass', 12, d('2026-05-31'));
    organisation.inspect(2024, 'basic-pass', 3, d('2026-06-01'));
    expect(organisation.pullChanges().map((c) => c.kind === 'inspected' && c.late)).toEqual([false, true]);
    expect(errorCodeOf(() => organisation.inspect(2026, 'pass', 1, d('2026-11-30')))).toBe('ORGANISATION.INSPECTION_YEAR_INVALID');
    expect(errorCodeOf(() => organisation.inspect(2023, 'pass', 1, d('2026-11-30')))).toBe('ORGANISATION.INSPECTION_YEAR_INVALID');
  });

  it('qualifies for public fundraising only once recognised and the minimum time after registration', () => {
    const organisation = register({ registeredOn: d('2025-12-01') });
    expect(errorCodeOf(() => organisation.qualifyForPublicFundraising(d('2026-12-01'), 1))).toBe('ORGANISATION.NOT_RECOGNISED');
    organisation.recogniseAsCharity(d('2026-01-15'));
    expect(errorCodeOf(() => organisation.qualifyForPublicFundraising(d('2026-11-30'), 1))).toBe('ORGANISATION.REGISTERED_TOO_RECENTLY');
    expect(errorCodeOf(() => organisation.qualifyForPublicFundraising(d('2027-11-30'), 2))).toBe('ORGANISATION.REGISTERED_TOO_RECENTLY');
    organisation.qualifyForPublicFundraising(d('2026-12-01'), 1);
    expect(organisation.snapshot().fundraisingQualifiedOn).toEqual(d('2026-12-01'));
    expect(errorCodeOf(() => organisation.qualifyForPublicFundraising(d('2026-12-02'), 1))).toBe('ORGANISATION.ALREADY_QUALIFIED');
  });

  it('once deregistered, takes no grade, inspection or second deregistration', () => {
    const organisation = register();
    organisation.deregister('章程规定的解散事由出现', d('2026-09-01'));
    expect(organisation.snapshot()).toMatchObject({ status: 'deregistered', deregistration: { reason: '章程规定的解散事由出现' } });
    expect(errorCodeOf(() => organisation.grade('3A', d('2026-10-01')))).toBe('ORGANISATION.DEREGISTERED');
    expect(errorCodeOf(() => organisation.inspect(2025, 'pass', 1, d('2026-10-01')))).toBe('ORGANISATION.DEREGISTERED');
    expect(errorCodeOf(() => organisation.deregister('again', d('2026-10-01')))).toBe('ORGANISATION.DEREGISTERED');
  });

  it('is flagged dormant once, and cleared only when flagged', () => {
    const organisation = register();
    expect(errorCodeOf(() => organisation.clearDormancy('有活动', d('2026-06-02')))).toBe('ORGANISATION.NOT_DORMANT');
    organisation.flagDormant([2024, 2025], d('2026-06-01'));
    expect(errorCodeOf(() => organisation.flagDormant([2024, 2025], d('2026-06-01')))).toBe('ORGANISATION.ALREADY_DORMANT');
    organisation.clearDormancy('补交年检并提供活动记录', d('2026-06-10'));
    expect(organisation.snapshot()).toMatchObject({ dormancy: null, dormancyClearedOn: d('2026-06-10') });
  });
});
