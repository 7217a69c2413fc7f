import { BusinessDate, errorCodeOf, uscCheckCharacterOf } from '@civic/domain-kernel';
import { CharitableTrust } from './charitable-trust';

const d = (text: string) => BusinessDate.parse(text);
const trustee = '91310000MA1K00000' + uscCheckCharacterOf('91310000MA1K00000');
const file = (signedOn: string, filedOn = '2026-11-09', property = '1000000') =>
  CharitableTrust.file({
    id: 't1',
    name: '助学慈善信托',
    trusteeName: '上海某信托有限公司',
    trusteeUscc: trustee,
    settlors: '张三',
    purpose: '资助家庭困难学生',
    property,
    signedOn: d(signedOn),
    filedOn: d(filedOn),
    divisionCode: '310104',
  });

describe('CharitableTrust (慈善信托备案)', () => {
  it('is filed on the day of signing or within the seven days after it', () => {
    expect(file('2026-11-09').snapshot().signedOn).toEqual(d('2026-11-09'));
    expect(file('2026-11-02').snapshot().property.toString()).toBe('1000000.00');
  });

  it('is refused on day 8, naming the rule', () => {
    expect(errorCodeOf(() => file('2026-11-01'))).toBe('CHARITABLE_TRUST.FILED_LATE');
  });

  it('refuses a signing after the filing, no property, or a bad trustee code', () => {
    expect(errorCodeOf(() => file('2026-11-10'))).toBe('CHARITABLE_TRUST.SIGNED_IN_FUTURE');
    expect(errorCodeOf(() => file('2026-11-05', '2026-11-09', '0'))).toBe('CHARITABLE_TRUST.PROPERTY_INVALID');
  });
});
