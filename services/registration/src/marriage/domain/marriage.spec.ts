import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { certificateNumber } from './certificate';
import { Marriage, maritalStatusChanges, PartyStanding, PriorMarriageRecord } from './marriage';

const on = BusinessDate.parse('2026-05-20');
const groom = CitizenId.parse('110105199001011232');
const bride = CitizenId.parse('110105199203041245');
const register = (standings: [PartyStanding, PartyStanding] = ['unmarried', 'divorced'], declared = true) =>
  Marriage.register({
    id: 'm1',
    partyA: { citizenId: groom, name: '王伟', standing: standings[0] },
    partyB: { citizenId: bride, name: '李娜', standing: standings[1] },
    officeCode: '310104',
    on,
    declaredNoProhibitedKinship: declared,
    serials: [123, 124],
    inPersonVerifiedBy: 'clerk',
  });

describe('certificate numbers (结婚证/离婚证)', () => {
  it.each([
    ['marriage', 7, 'J310104-2026-000007'],
    ['divorce', 1234567, 'L310104-2026-1234567'],
  ] as const)('a %s certificate with serial %i is %s', (kind, serial, number) => {
    expect(certificateNumber(kind, '310104', on, serial)).toBe(number);
  });
  it('refuses a serial that is not a positive whole number', () => {
    expect(() => certificateNumber('marriage', '310104', on, 0)).toThrow(RangeError);
  });
});

describe('marriage (婚姻)', () => {
  it('registers with a certificate for each party and makes both married', () => {
    const marriage = register();
    const [change] = marriage.pullChanges();
    expect(change).toMatchObject({
      kind: 'registered',
      certificates: [
        { number: 'J310104-2026-000123', holderCitizenId: groom.value },
        { number: 'J310104-2026-000124', holderCitizenId: bride.value },
      ],
    });
    expect(maritalStatusChanges(marriage, change)).toEqual([{ citizenIds: [groom.value, bride.value], status: 'married', since: on }]);
  });

  it.each([
    ['a married party', ['married', 'unmarried'], true, 'MARRIAGE.PARTY_MARRIED'],
    ['a deceased party', ['unmarried', 'deceased'], true, 'MARRIAGE.PARTY_DECEASED'],
    ['no kinship declaration', ['unmarried', 'unmarried'], false, 'MARRIAGE.PROHIBITED_KINSHIP'],
  ] as const)('refuses %s', (_what, standings, declared, code) => {
    expect(errorCodeOf(() => register([...standings], declared))).toBe(code);
  });

  it('re-issues a certificate by voiding the holder’s current one; a stranger gets none', () => {
    const marriage = register();
    marriage.pullChanges();
    const later = BusinessDate.parse('2027-01-05');
    const issued = marriage.reissueCertificate(bride.value.toLowerCase(), '证件遗失', '310115', later, 200);
    expect(issued.number).toBe('J310115-2027-000200');
    expect(marriage.snapshot().certificates.find((c) => c.number === 'J310104-2026-000124')).toMatchObject({ voidedOn: later, voidReason: '证件遗失' });
    expect(marriage.pullChanges()).toEqual([{ kind: 'certificate-reissued', voided: 'J310104-2026-000124', issued }]);
    expect(errorCodeOf(() => marriage.reissueCertificate('310104195001011235', 'x', '310104', later, 201))).toBe('MARRIAGE.NOT_A_PARTY');
  });

  it('a divorce ends it with 离婚证 for both; then it cannot end again', () => {
    const marriage = register();
    marriage.pullChanges();
    const certificates = marriage.divorce(BusinessDate.parse('2027-03-01'), '310104', [300, 301]);
    expect(certificates.map((c) => c.number)).toEqual(['L310104-2027-000300', 'L310104-2027-000301']);
    const [change] = marriage.pullChanges();
    expect(maritalStatusChanges(marriage, change)[0]).toMatchObject({ status: 'divorced' });
    expect(errorCodeOf(() => marriage.endByDeathOf(groom.value, BusinessDate.parse('2027-04-01')))).toBe('MARRIAGE.NOT_CURRENT');
  });

  it('a death ends it: the spouse becomes widowed, the deceased deceased', () => {
    const marriage = register();
    marriage.pullChanges();
    const died = BusinessDate.parse('2030-02-02');
    marriage.endByDeathOf(bride.value, died);
    const [change] = marriage.pullChanges();
    expect(change).toEqual({ kind: 'ended-by-death', deceased: bride.value, widowed: groom.value });
    expect(maritalStatusChanges(marriage, change)).toEqual([
      { citizenIds: [groom.value], status: 'widowed', since: died },
      { citizenIds: [bride.value], status: 'deceased', since: died },
    ]);
  });
});

describe('a person the registry has no record of (unknown, not unmarried)', () => {
  const withUnknown = (confirmedBy: string | null) =>
    Marriage.register({
      id: 'm2',
      partyA: { citizenId: groom, name: '王伟', standing: 'unknown' },
      partyB: { citizenId: bride, name: '李娜', standing: 'divorced' },
      officeCode: '310104',
      on,
      declaredNoProhibitedKinship: true,
      serials: [1, 2],
      declarationsConfirmedBy: confirmedBy,
      inPersonVerifiedBy: 'clerk',
    });

  it('is registered only with both parties appearing in person (Civil Code art. 1049)', () => {
    const absent = () =>
      Marriage.register({
        id: 'm3',
        partyA: { citizenId: groom, name: '王伟', standing: 'divorced' },
        partyB: { citizenId: bride, name: '李娜', standing: 'divorced' },
        officeCode: '310104',
        on,
        declaredNoProhibitedKinship: true,
        serials: [1, 2],
        inPersonVerifiedBy: null,
      });
    expect(errorCodeOf(absent)).toBe('REGISTRATION.NOT_IN_PERSON');
  });

  it("marries only on the party's declaration of having no spouse, confirmed by the clerk and recorded", () => {
    expect(errorCodeOf(() => withUnknown(null))).toBe('MARRIAGE.STATUS_UNKNOWN');
    expect(withUnknown('clerk-zhang').snapshot().declarationsConfirmedBy).toBe('clerk-zhang');
  });
});

describe('marriages registered before the platform (prior records)', () => {
  const today = BusinessDate.parse('2026-11-29');
  const record = (overrides: Partial<PriorMarriageRecord> = {}): PriorMarriageRecord => ({
    source: 'mca-marriage-registry',
    sourceRecordId: 'J310104-2015-000001',
    partyA: { citizenId: groom, name: '王伟' },
    partyB: { citizenId: bride, name: '李娜' },
    registeredOn: BusinessDate.parse('2015-05-20'),
    officeCode: '310104',
    status: 'married',
    endedOn: null,
    deceasedCitizenId: null,
    ...overrides,
  });

  it('import with the status each record gives its people', () => {
    const current = Marriage.importPrior('p1', record(), today);
    expect(maritalStatusChanges(current, current.pullChanges()[0])).toEqual([
      { citizenIds: [groom.value, bride.value], status: 'married', since: BusinessDate.parse('2015-05-20') },
    ]);
    const widowed = Marriage.importPrior(
      'p2',
      record({ status: 'ended-by-death', endedOn: BusinessDate.parse('2020-01-02'), deceasedCitizenId: bride.value }),
      today,
    );
    expect(maritalStatusChanges(widowed, widowed.pullChanges()[0])).toEqual([
      { citizenIds: [groom.value], status: 'widowed', since: BusinessDate.parse('2020-01-02') },
      { citizenIds: [bride.value], status: 'deceased', since: BusinessDate.parse('2020-01-02') },
    ]);
    expect(current.snapshot()).toMatchObject({ source: { name: 'mca-marriage-registry', recordId: 'J310104-2015-000001' }, certificates: [] });
  });

  it.each([
    ['a future registration', { registeredOn: BusinessDate.parse('2027-01-01') }, /registeredOn/],
    ['a registration before a party was born', { registeredOn: BusinessDate.parse('1989-01-01') }, /before a party was born/],
    ['a divorce without its date', { status: 'divorced' as const }, /needs its end date/],
    ['an end before the registration', { status: 'divorced' as const, endedOn: BusinessDate.parse('2014-01-01') }, /between the registration and today/],
    ['a current marriage with an end', { endedOn: BusinessDate.parse('2016-01-01') }, /no end date/],
    [
      'a death naming a stranger',
      { status: 'ended-by-death' as const, endedOn: BusinessDate.parse('2016-01-01'), deceasedCitizenId: '110105195001011250' },
      /deceasedCitizenId/,
    ],
  ])('refuse %s', (_what, overrides, message) => {
    expect(() => Marriage.importPrior('p', record(overrides), today)).toThrow(message);
  });
});

describe('a death registered in error and revoked', () => {
  const widowedBy = () => {
    const marriage = register();
    marriage.endByDeathOf(groom.value, BusinessDate.parse('2026-08-01'));
    marriage.pullChanges();
    return marriage;
  };

  it('makes the marriage current again, and both married since its registration', () => {
    const marriage = widowedBy();
    expect(marriage.restoreAfterRevokedDeath(groom.value, true)).toBe(true);
    expect(marriage.snapshot()).toMatchObject({ status: 'married', endedOn: null });
    const [change] = marriage.pullChanges();
    expect(maritalStatusChanges(marriage, change)).toEqual([{ citizenIds: [groom.value, bride.value], status: 'married', since: on }]);
  });

  it('cannot marry the survivor twice: once they have married again, the marriage stays ended', () => {
    expect(widowedBy().restoreAfterRevokedDeath(groom.value, false)).toBe(false);
    expect(register().restoreAfterRevokedDeath(groom.value, true)).toBe(false);
  });
});
