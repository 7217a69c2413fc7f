import { BusinessDate } from '@civic/domain-kernel';
import { checkAction, nextStatus } from './agency-rules';

const day = (d: string) => BusinessDate.parse(d);

describe('agency supervision rules', () => {
  it('changes status with a reason, never back from revoked', () => {
    expect(nextStatus('active', 'suspended', '整改')).toBe('suspended');
    expect(() => nextStatus('active', 'active', 'x')).toThrow(/already active/);
    expect(() => nextStatus('revoked', 'active', 'x')).toThrow(/revoked/);
    expect(() => nextStatus('active', 'revoked', ' ')).toThrow(/reason/);
  });
  it('needs a later deadline on a rectification notice', () => {
    expect(() => checkAction('rectification-notice', day('2027-03-01'), null)).toThrow(/rectifyBy/);
    expect(() => checkAction('rectification-notice', day('2027-03-01'), day('2027-03-01'))).toThrow(/after/);
    expect(() => checkAction('inspection', day('2027-03-01'), null)).not.toThrow();
  });
});
