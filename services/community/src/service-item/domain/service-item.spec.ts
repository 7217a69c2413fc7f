import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { ServiceItem } from './service-item';

const d = (text: string) => BusinessDate.parse(text);
const terms = {
  name: '居住证办理',
  legalBasis: '《居住证暂行条例》',
  department: '市公安局',
  timeLimitDays: 5,
  materials: ['居民身份证', '住所证明'],
};
const admitted = () => ServiceItem.admit({ code: 'SQ-0101', ...terms, decisionNo: '沪民基〔2026〕1号', admittedOn: d('2026-01-10') });

describe('community affairs items (社区事务受理事项)', () => {
  it('are admitted (准入) with a decision, and changed (变更) under the same code', () => {
    const item = admitted();
    expect(item.pullChanges()).toEqual([{ kind: 'admitted' }]);
    item.change({ ...terms, timeLimitDays: 3, materials: ['居民身份证'] });
    expect(item.snapshot()).toMatchObject({ code: 'SQ-0101', timeLimitDays: 3, materials: ['居民身份证'], version: 2 });
    expect(item.pullChanges()).toEqual([{ kind: 'changed' }]);
  });

  it.each([
    [{ code: 'sq-1' }, 'SERVICE_ITEM.CODE_INVALID'],
    [{ timeLimitDays: 0 }, 'SERVICE_ITEM.TIME_LIMIT_INVALID'],
    [{ timeLimitDays: 61 }, 'SERVICE_ITEM.TIME_LIMIT_INVALID'],
    [{ materials: [] }, 'SERVICE_ITEM.MATERIALS_INVALID'],
    [{ materials: ['身份证', '身份证'] }, 'SERVICE_ITEM.MATERIALS_INVALID'],
    [{ legalBasis: ' ' }, 'SERVICE_ITEM.FIELD_INVALID'],
  ])('refuse %j (%s)', (change, code) => {
    expect(errorCodeOf(() => ServiceItem.admit({ code: 'SQ-0101', ...terms, ...change, decisionNo: 'x', admittedOn: d('2026-01-10') }))).toBe(code);
  });

  it('are pushed down to committees only after a decision admitted them for committee work (居村减负)', () => {
    const item = admitted();
    expect(errorCodeOf(() => item.pushDown('310104003', d('2026-02-01')))).toBe('SERVICE_ITEM.PUSH_DOWN_NOT_ADMITTED');
    item.admitForCommittees('沪民基〔2026〕7号', d('2026-03-01'));
    expect(errorCodeOf(() => item.pushDown('310104003', d('2026-02-28')))).toBe('SERVICE_ITEM.PUSH_DOWN_NOT_ADMITTED');
    item.pullChanges();
    item.pushDown('310104003', d('2026-03-02'));
    expect(item.pullChanges()).toEqual([{ kind: 'pushed-down', divisionCode: '310104003', on: d('2026-03-02') }]);
    expect(errorCodeOf(() => item.admitForCommittees('again', d('2026-03-05')))).toBe('SERVICE_ITEM.COMMITTEES_ALREADY_ADMITTED');
  });

  it('are withdrawn (退出) once, after which they take no application, change or push-down', () => {
    const item = admitted();
    item.admitForCommittees('7号', d('2026-03-01'));
    item.mustAcceptApplicationsOn(d('2026-03-01'));
    expect(errorCodeOf(() => item.mustAcceptApplicationsOn(d('2026-01-09')))).toBe('SERVICE_ITEM.NOT_IN_FORCE');
    expect(errorCodeOf(() => item.withdraw('并入一网通办', d('2026-01-01')))).toBe('SERVICE_ITEM.BEFORE_ADMISSION');
    item.withdraw(' 并入一网通办 ', d('2026-06-30'));
    expect(item.snapshot()).toMatchObject({ status: 'withdrawn', withdrawal: { reason: '并入一网通办', on: d('2026-06-30') } });
    expect(errorCodeOf(() => item.mustAcceptApplicationsOn(d('2026-07-01')))).toBe('SERVICE_ITEM.NOT_IN_FORCE');
    expect(errorCodeOf(() => item.withdraw('again', d('2026-07-01')))).toBe('SERVICE_ITEM.WITHDRAWN');
    expect(errorCodeOf(() => item.change(terms))).toBe('SERVICE_ITEM.WITHDRAWN');
    expect(errorCodeOf(() => item.pushDown('310104003', d('2026-07-01')))).toBe('SERVICE_ITEM.WITHDRAWN');
  });
});
