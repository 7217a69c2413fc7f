import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Inspection } from './inspection';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const facility = { id: 'f1', divisionCode: '310104003' };
const record = (findings = [{ id: 'x1', description: '消防通道堆放杂物', rectifyBy: d('2026-11-10') }], kind = 'fire-safety') =>
  Inspection.record({ id: 'i1', facility, kind, inspectedOn: d('2026-11-01'), inspector: ' 徐汇区民政局 ', findings }, today);

describe('Inspection', () => {
  it('records an inspection of a field, passed when nothing is found', () => {
    expect(record([]).outcome).toBe('passed');
    const inspection = record();
    expect(inspection.outcome).toBe('open');
    expect(inspection.snapshot()).toMatchObject({ facilityId: 'f1', kind: 'fire-safety', inspector: '徐汇区民政局', version: 1 });
  });

  it('refuses an unknown field, a date to come, and a deadline not after the inspection (the supervision rule)', () => {
    expect(errorCodeOf(() => record([], 'parking'))).toBe('INSPECTION.KIND_INVALID');
    expect(
      errorCodeOf(() => Inspection.record({ id: 'i', facility, kind: 'finance', inspectedOn: d('2026-12-01'), inspector: 'x', findings: [] }, today)),
    ).toBe('INSPECTION.IN_FUTURE');
    expect(errorCodeOf(() => record([{ id: 'x', description: '台账不全', rectifyBy: d('2026-11-01') }]))).toBe('INSPECTION.DEADLINE_INVALID');
  });

  it('finds a finding overdue once, the day after its deadline, unless rectified in time', () => {
    const inspection = record([
      { id: 'late', description: '消防通道堆放杂物', rectifyBy: d('2026-11-10') },
      { id: 'done', description: '灭火器过期', rectifyBy: d('2026-11-10') },
    ]);
    inspection.rectify('done', { rectifiedOn: d('2026-11-09'), note: '已更换' }, today);
    expect(inspection.markOverdue(d('2026-11-10'))).toEqual([]);
    expect(inspection.markOverdue(d('2026-11-11')).map((f) => f.id)).toEqual(['late']);
    expect(inspection.markOverdue(d('2026-11-12'))).toEqual([]);
    expect(
      inspection
        .snapshot()
        .findings.find((f) => f.id === 'late')!
        .overdueOn!.toString(),
    ).toBe('2026-11-11');
  });

  it('rectifies a finding once, late or not, on a day between the inspection and today', () => {
    const inspection = record();
    inspection.markOverdue(d('2026-11-20'));
    expect(errorCodeOf(() => inspection.rectify('x1', { rectifiedOn: d('2026-10-31'), note: '已清理' }, today))).toBe('INSPECTION.OUT_OF_ORDER');
    expect(errorCodeOf(() => inspection.rectify('x1', { rectifiedOn: d('2026-12-01'), note: '已清理' }, today))).toBe('INSPECTION.IN_FUTURE');
    expect(errorCodeOf(() => inspection.rectify('nope', { rectifiedOn: d('2026-11-21'), note: '已清理' }, today))).toBe('INSPECTION.FINDING_NOT_FOUND');
    inspection.rectify('x1', { rectifiedOn: d('2026-11-21'), note: '已清理' }, today);
    expect(inspection.outcome).toBe('rectified');
    expect(inspection.snapshot().findings[0].overdueOn).not.toBeNull();
    expect(errorCodeOf(() => inspection.rectify('x1', { rectifiedOn: d('2026-11-22'), note: '再次' }, today))).toBe('INSPECTION.ALREADY_RECTIFIED');
  });
});
