import { errorCodeOf } from './error-code-of';
import { UnifiedSocialCreditCode, uscCheckCharacterOf } from './uscc';

const codeOf = (raw: string) => errorCodeOf(() => UnifiedSocialCreditCode.parse(raw));

describe('UnifiedSocialCreditCode (GB 32100)', () => {
  const valid = `531000005000001${'23'}`;
  const withCheck = valid + uscCheckCharacterOf(valid);

  it.each([
    ['91350100M000100Y43', 'a published enterprise code'],
    [withCheck, 'a civil-affairs social group built from the rule'],
  ])('accepts %s (%s)', (raw) => {
    expect(codeOf(raw)).toBeUndefined();
  });

  it.each([
    ['91350100M000100Y4', 'USCC.MALFORMED'],
    ['91350100M000100Y4I', 'USCC.MALFORMED'], // I is not in the character set
    ['91350100M000100YO3', 'USCC.MALFORMED'], // nor O
    ['9135A100M000100Y43', 'USCC.BAD_DIVISION'],
    ['91350100M000100Y44', 'USCC.BAD_CHECK_CHARACTER'],
  ])('refuses %s with %s', (raw, code) => {
    expect(codeOf(raw)).toBe(code);
  });

  it('maps check value 31 to 0 and exposes its parts', () => {
    const code = UnifiedSocialCreditCode.parse(withCheck.toLowerCase());
    expect(code.isCivilAffairsRegistration).toBe(true);
    expect(code.organisationType).toBe('3');
    expect(code.divisionCode).toBe('100000');
    // Every check value, including the wrap-around one, maps into the character set.
    for (let n = 0; n < 31; n++) expect(uscCheckCharacterOf(`5110000000000000${String(n).padStart(1, '0')}`.slice(0, 17))).toMatch(/^[0-9A-Y]$/);
  });
});
