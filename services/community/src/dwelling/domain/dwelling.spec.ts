import { errorCodeOf } from '@civic/domain-kernel';
import { Dwelling } from './dwelling';

describe('dwellings (房屋) of the community cloud', () => {
  it('belong to a committee', () => {
    const d = Dwelling.register({ id: 'd1', committeeCode: '310104003001', address: '天平路 100 弄 5 号 302 室', kind: 'apartment' });
    expect(d.snapshot()).toMatchObject({ committeeCode: '310104003001', kind: 'apartment', version: 1 });
  });

  it('are refused directly under a sub-district or district, with a bad kind or without an address', () => {
    expect(errorCodeOf(() => Dwelling.register({ id: 'd', committeeCode: '310104003', address: 'x', kind: 'apartment' }))).toBe('DWELLING.NOT_UNDER_COMMITTEE');
    expect(errorCodeOf(() => Dwelling.register({ id: 'd', committeeCode: '310104', address: 'x', kind: 'apartment' }))).toBe('DWELLING.NOT_UNDER_COMMITTEE');
    expect(errorCodeOf(() => Dwelling.register({ id: 'd', committeeCode: '310104003001', address: 'x', kind: 'castle' }))).toBe('DWELLING.FIELD_INVALID');
    expect(errorCodeOf(() => Dwelling.register({ id: 'd', committeeCode: '310104003001', address: '  ', kind: 'house' }))).toBe('DWELLING.FIELD_INVALID');
  });
});
