import { actorOf, districtsOf } from './token-verifier';

describe('claims of a token', () => {
  it('read an absent or empty districts claim as city-wide, and a list of district codes as that scope', () => {
    expect(districtsOf(undefined)).toEqual([]);
    expect(districtsOf([])).toEqual([]);
    expect(districtsOf(['310104', '310115'])).toEqual(['310104', '310115']);
  });

  it('refuse a malformed districts claim instead of reading it as city-wide', () => {
    for (const claim of ['310104', [310104], ['310104003'], ['310104', 'all'], {}, null]) expect(() => districtsOf(claim)).toThrow(/6-digit district codes/);
  });

  it('refuse a token that names no subject', () => {
    expect(() => actorOf({ roles: ['x:y'] })).toThrow(/no subject/);
    expect(actorOf({ sub: 'officer', roles: ['assistance:household.read'], azp: 'backoffice' })).toEqual({
      subject: 'officer',
      system: 'backoffice',
      roles: ['assistance:household.read'],
      districts: [],
    });
  });
});
