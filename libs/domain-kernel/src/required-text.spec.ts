import { errorCodeOf } from './error-code-of';
import { requiredText } from './required-text';

describe('requiredText', () => {
  it('trims, and refuses blank or too long text with the context’s code', () => {
    expect(requiredText(' 天平路 ', 'name', 10, 'FACILITY')).toBe('天平路');
    expect(errorCodeOf(() => requiredText('  ', 'name', 10, 'FACILITY'))).toBe('FACILITY.FIELD_INVALID');
    expect(errorCodeOf(() => requiredText('x'.repeat(11), 'name', 10, 'CHILD'))).toBe('CHILD.FIELD_INVALID');
    expect(errorCodeOf(() => requiredText(undefined as unknown as string, 'name', 10, 'CHILD'))).toBe('CHILD.FIELD_INVALID');
  });
});
