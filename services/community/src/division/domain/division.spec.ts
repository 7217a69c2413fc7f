import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Division } from './division';

const date = (s: string) => BusinessDate.parse(s);
const city = () => Division.establish({ code: '310000', name: '上海市', validFrom: date('1949-05-27'), parent: null });
const district = () => Division.establish({ code: '310104', name: '徐汇区', validFrom: date('1956-01-01'), parent: city() });

const codeOf = errorCodeOf;

describe('Division', () => {
  it('establishes a sub-district under its district and records the change', () => {
    const street = Division.establish({ code: '310104003', name: '天平路街道', validFrom: date('2000-01-01'), parent: district() });
    expect(street.snapshot()).toMatchObject({ level: 'township', parentCode: '310104', status: 'active', version: 1 });
    expect(street.pullChanges()).toEqual([{ kind: 'established', name: '天平路街道', effectiveDate: date('2000-01-01') }]);
  });

  it('refuses a division whose parent does not exist, is revoked, or starts later', () => {
    expect(codeOf(() => Division.establish({ code: '310104003', name: 'x', validFrom: date('2000-01-01'), parent: null }))).toBe('DIVISION.PARENT_UNKNOWN');
    const revoked = district();
    revoked.revoke(date('2020-01-01'), '区划调整', 0);
    expect(codeOf(() => Division.establish({ code: '310104003', name: 'x', validFrom: date('2021-01-01'), parent: revoked }))).toBe('DIVISION.PARENT_REVOKED');
    expect(codeOf(() => Division.establish({ code: '310104003', name: 'x', validFrom: date('1950-01-01'), parent: district() }))).toBe(
      'DIVISION.BEFORE_PARENT',
    );
  });

  it('refuses a bad code or name', () => {
    expect(codeOf(() => Division.establish({ code: '31A', name: 'x', validFrom: date('2000-01-01'), parent: null }))).toBe('DIVISION_CODE.MALFORMED');
    expect(codeOf(() => Division.establish({ code: '310000', name: '  ', validFrom: date('2000-01-01'), parent: null }))).toBe('DIVISION.NAME_INVALID');
  });

  it('renames, bumping the version, and refuses the same name', () => {
    const d = district();
    d.pullChanges();
    d.rename('徐汇新区', date('2026-07-01'));
    expect(d.version).toBe(2);
    expect(d.pullChanges()).toEqual([{ kind: 'renamed', name: '徐汇新区', previousName: '徐汇区', effectiveDate: date('2026-07-01') }]);
    expect(codeOf(() => d.rename('徐汇新区', date('2026-08-01')))).toBe('DIVISION.SAME_NAME');
  });

  it('revokes only without active children, and not twice', () => {
    const d = district();
    expect(codeOf(() => d.revoke(date('2026-12-31'), '区划调整', 2))).toBe('DIVISION.HAS_ACTIVE_CHILDREN');
    expect(codeOf(() => d.revoke(date('2026-12-31'), ' ', 0))).toBe('DIVISION.REASON_REQUIRED');
    d.revoke(date('2026-12-31'), '区划调整', 0);
    expect(d.snapshot()).toMatchObject({ status: 'revoked', validTo: date('2026-12-31') });
    expect(codeOf(() => d.revoke(date('2027-01-01'), 'again', 0))).toBe('DIVISION.REVOKED');
    expect(codeOf(() => d.rename('新名', date('2027-01-01')))).toBe('DIVISION.REVOKED');
  });

  describe('merging committees (合并)', () => {
    const street = (code = '310104003') => Division.establish({ code, name: '街道', validFrom: date('2000-01-01'), parent: district() });
    const committee = (code: string, parent = street()) => Division.establish({ code, name: `居委会${code.slice(-3)}`, validFrom: date('2010-01-01'), parent });

    it('revokes each merged committee the day before, naming the one it joined, and records the merger', () => {
      const into = committee('310104003001');
      const other = committee('310104003002');
      into.pullChanges();
      other.pullChanges();
      into.absorb([other], date('2026-07-01'));
      expect(other.snapshot()).toMatchObject({ status: 'revoked', validTo: date('2026-06-30') });
      expect(other.pullChanges()).toEqual([{ kind: 'revoked', name: '居委会002', effectiveDate: date('2026-06-30'), reason: '并入 310104003001 居委会001' }]);
      expect(into.pullChanges()).toEqual([{ kind: 'merged', mergedCodes: ['310104003002'], effectiveDate: date('2026-07-01') }]);
      expect(into.snapshot()).toMatchObject({ status: 'active', version: 2 });
    });

    it('refuses committees of another sub-district, divisions that are not committees, itself, and a revoked one', () => {
      const into = committee('310104003001');
      expect(codeOf(() => into.absorb([committee('310104004001', street('310104004'))], date('2026-07-01')))).toBe('DIVISION.MERGE_ACROSS_PARENTS');
      expect(codeOf(() => into.absorb([street('310104005')], date('2026-07-01')))).toBe('DIVISION.MERGE_NOT_COMMITTEES');
      expect(codeOf(() => into.absorb([into], date('2026-07-01')))).toBe('DIVISION.MERGE_INVALID');
      expect(codeOf(() => into.absorb([committee('310104003002')], date('2009-01-01')))).toBe('DIVISION.BEFORE_VALID_FROM');
      const gone = committee('310104003003');
      gone.revoke(date('2020-01-01'), '撤销', 0);
      expect(codeOf(() => into.absorb([gone], date('2026-07-01')))).toBe('DIVISION.REVOKED');
    });
  });
});
