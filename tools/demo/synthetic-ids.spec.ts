import { CitizenId, parseBankAccountNumber, UnifiedSocialCreditCode } from '@civic/domain-kernel';
import { DEMO_ADDRESS_CODE, demoBankAccount, demoCitizenId, demoUscc } from './synthetic-ids';

describe('the demo city’s synthetic identities', () => {
  it('makes valid citizen IDs in the synthetic range, the sex in the sequence, the same for the same index', () => {
    const ids = Array.from({ length: 450 }, (_, n) => demoCitizenId(n, '1948-03-15', n % 2 ? 'female' : 'male'));
    for (const [n, id] of ids.entries()) {
      expect(CitizenId.parse(id).value).toBe(id);
      expect(id.startsWith(DEMO_ADDRESS_CODE)).toBe(true);
      expect(Number(id[16]) % 2).toBe(n % 2 ? 0 : 1);
    }
    expect(new Set(ids).size).toBe(450);
    expect(demoCitizenId(7, '1948-03-15', 'female')).toBe(ids[7]);
    expect(() => demoCitizenId(450, '1948-03-15', 'male')).toThrow(RangeError);
  });

  it('makes valid unified social credit codes of the asked kind in the synthetic range', () => {
    for (const kind of ['51', '52', '53', '91'] as const) {
      const code = demoUscc(42, kind);
      expect(UnifiedSocialCreditCode.parse(code).value).toBe(code);
      expect(code.slice(0, 8)).toBe(`${kind}${DEMO_ADDRESS_CODE}`);
    }
    expect(demoUscc(1, '51')).not.toBe(demoUscc(2, '51'));
  });

  it('makes bank card numbers whose Luhn check digit is right', () => {
    for (const n of [0, 1, 7, 42, 449]) expect(parseBankAccountNumber(demoBankAccount(n))).toBe(demoBankAccount(n));
    expect(demoBankAccount(1)).not.toBe(demoBankAccount(2));
  });
});
