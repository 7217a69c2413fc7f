import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Facility, FileFacilityInput } from './facility';
import { gradeValidUntil, movedCreditScore } from './facility-rules';

const today = BusinessDate.parse('2026-06-01');
const input = (more: Partial<FileFacilityInput> = {}): FileFacilityInput => ({
  id: 'f1',
  name: ' 徐汇区第一养老院 ',
  kind: 'institution',
  divisionCode: '310104003',
  address: '天平路100号',
  operatorName: '徐汇颐养服务中心',
  operatorUscc: '91310104MA1FL5LX3J',
  licensedCapacity: 120,
  filedOn: BusinessDate.parse('2024-03-01'),
  ...more,
});
const filed = (more: Partial<FileFacilityInput> = {}) => Facility.file(input(more), today);

describe('Facility (养老服务设施)', () => {
  it('is filed with its kind, operator and licensed places, a full credit score and no grade', () => {
    const facility = filed();
    expect(facility.snapshot()).toMatchObject({
      name: '徐汇区第一养老院',
      kind: 'institution',
      filingStatus: 'filed',
      licensedCapacity: 120,
      creditScore: 100,
      grade: null,
      version: 1,
    });
    expect(facility.pullChanges()).toEqual([{ kind: 'filed' }]);
  });

  it.each([
    [{ kind: 'hotel' }, 'FACILITY.KIND_UNKNOWN'],
    [{ operatorUscc: '91310104MA1FL5LX3E' }, 'USCC.BAD_CHECK_CHARACTER'],
    [{ divisionCode: '3101' }, 'DIVISION_CODE.MALFORMED'],
    [{ licensedCapacity: -1 }, 'FACILITY.CAPACITY_INVALID'],
    [{ licensedCapacity: 1.5 }, 'FACILITY.CAPACITY_INVALID'],
    [{ name: '  ' }, 'FACILITY.FIELD_INVALID'],
    [{ filedOn: BusinessDate.parse('2026-06-02') }, 'FACILITY.FILED_IN_FUTURE'],
  ])('refuses a filing with %j (%s)', (more, code) => {
    expect(errorCodeOf(() => filed(more as Partial<FileFacilityInput>))).toBe(code);
  });

  it('grades an institution 1-5 stars for three years, after which no grade is in force', () => {
    const facility = filed();
    facility.pullChanges();
    facility.grade(4, BusinessDate.parse('2025-05-10'), today);
    const grade = facility.snapshot().grade!;
    expect([grade.stars, grade.validUntil.toString()]).toEqual([4, '2028-05-09']);
    expect(facility.gradeOn(BusinessDate.parse('2028-05-09'))?.stars).toBe(4);
    expect(facility.gradeOn(BusinessDate.parse('2028-05-10'))).toBeNull();
    expect(facility.pullChanges()).toEqual([{ kind: 'graded', grade }]);
  });

  it.each([
    [0, '2025-05-10', 'FACILITY.GRADE_INVALID'],
    [6, '2025-05-10', 'FACILITY.GRADE_INVALID'],
    [3, '2026-06-02', 'FACILITY.GRADE_DATE_INVALID'],
    [3, '2024-02-29', 'FACILITY.GRADE_DATE_INVALID'],
  ])('refuses a grade of %s stars on %s (%s)', (stars, on, code) => {
    expect(errorCodeOf(() => filed().grade(stars, BusinessDate.parse(on), today))).toBe(code);
  });

  it('grades only institutions', () => {
    expect(errorCodeOf(() => filed({ kind: 'meal-site' }).grade(3, BusinessDate.parse('2025-05-10'), today))).toBe('FACILITY.NOT_GRADABLE');
  });

  it('moves the credit score within 0-100 and records the move as applied', () => {
    const facility = filed();
    facility.pullChanges();
    facility.moveCredit(-30, '消防检查整改逾期', today);
    facility.moveCredit(50, '表彰', today);
    expect(facility.snapshot().creditScore).toBe(100);
    expect(facility.pullChanges().map((c) => (c.kind === 'credit-moved' ? [c.delta, c.score] : c.kind))).toEqual([
      [-30, 70],
      [30, 100],
    ]);
    expect(errorCodeOf(() => movedCreditScore(50, 0))).toBe('FACILITY.CREDIT_DELTA_INVALID');
    expect(movedCreditScore(10, -40)).toBe(0);
  });

  it('revokes a filing once; a revoked facility takes no grade', () => {
    const facility = filed();
    facility.revokeFiling('停业', BusinessDate.parse('2026-05-01'), today);
    expect(facility.snapshot()).toMatchObject({ filingStatus: 'revoked', revokedReason: '停业' });
    expect(errorCodeOf(() => facility.grade(3, BusinessDate.parse('2026-05-20'), today))).toBe('FACILITY.FILING_REVOKED');
    expect(errorCodeOf(() => facility.revokeFiling('again', today, today))).toBe('FACILITY.FILING_REVOKED');
  });

  it('counts a grade’s three years to the day before the anniversary', () => {
    expect(gradeValidUntil(BusinessDate.parse('2024-02-29')).toString()).toBe('2027-02-27');
  });
});
