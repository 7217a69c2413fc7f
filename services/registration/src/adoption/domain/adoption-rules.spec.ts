import { BusinessDate, CitizenId } from '@civic/domain-kernel';
import { checkAdoption } from './adoption-rules';

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** seq odd: male; even: female. */
const id = (birth: string, seq: string) => {
  const body = `310104${birth}${seq}`;
  return CitizenId.parse(body + '10X98765432'[[...body].reduce((s, d, i) => s + Number(d) * W[i], 0) % 11]);
};
const on = BusinessDate.parse('2027-01-01');
const man = (birth = '19800101', children = 0, spouse: string | null = null) => ({ citizenId: id(birth, '011'), children, spouse });
const woman = (birth = '19820101', children = 0, spouse: string | null = null) => ({ citizenId: id(birth, '022'), children, spouse });
/** A man and a woman married to each other in the registry. */
const couple = () => [man('19800101', 0, woman().citizenId.value), woman('19820101', 0, man().citizenId.value)];
const boy = (birth = '20200101') => id(birth, '031');
const girl = (birth = '20200101') => id(birth, '042');
const placingParty = { kind: 'welfare-institution' as const, name: '上海市儿童福利院', consents: true };
const base = { adopteeConsents: false, positiveAssessment: true, on, placingParty };

describe('adoption conditions', () => {
  it('accepts a couple of 30+ adopting a young child with a positive assessment', () => {
    expect(() => checkAdoption({ ...base, adopters: couple(), adoptee: girl() })).not.toThrow();
    expect(() => checkAdoption({ ...base, adopters: [man('19800101', 1)], adoptee: boy() })).not.toThrow();
  });
  it.each([
    ['an adult adoptee', () => checkAdoption({ ...base, adopters: [man()], adoptee: boy('20080101') }), 'ADOPTION.ADOPTEE_NOT_MINOR'],
    ['an adopter under 30', () => checkAdoption({ ...base, adopters: [man('19970102')], adoptee: boy() }), 'ADOPTION.ADOPTER_UNDERAGE'],
    ['an adopter with two children', () => checkAdoption({ ...base, adopters: [man('19800101', 2)], adoptee: boy() }), 'ADOPTION.TOO_MANY_CHILDREN'],
    ['an adoptee of 8 who does not consent', () => checkAdoption({ ...base, adopters: [man()], adoptee: boy('20181231') }), 'ADOPTION.CONSENT_REQUIRED'],
    [
      'a single man adopting a girl less than 40 years younger',
      () => checkAdoption({ ...base, adopters: [man('19800101')], adoptee: girl('20190102') }),
      'ADOPTION.AGE_GAP',
    ],
    [
      'two adopters who are not married to each other (art. 1101)',
      () => checkAdoption({ ...base, adopters: [man(), woman()], adoptee: girl() }),
      'ADOPTION.ADOPTERS_NOT_SPOUSES',
    ],
    [
      'two adopters one of whom is married to someone else',
      () => checkAdoption({ ...base, adopters: [man('19800101', 0, '110105198001011238'), woman('19820101', 0, man().citizenId.value)], adoptee: girl() }),
      'ADOPTION.ADOPTERS_NOT_SPOUSES',
    ],
    [
      'a married person adopting alone (art. 1101)',
      () => checkAdoption({ ...base, adopters: [man('19800101', 0, woman().citizenId.value)], adoptee: boy() }),
      'ADOPTION.SPOUSE_MUST_ADOPT_TOO',
    ],
    ['no positive assessment', () => checkAdoption({ ...base, positiveAssessment: false, adopters: [man()], adoptee: boy() }), 'ADOPTION.ASSESSMENT_REQUIRED'],
  ])('refuses %s', (_what, check, code) => {
    expect(check).toThrow(expect.objectContaining({ code }));
  });
  it('accepts a single adopter 40 years older than a child of the other sex, and an adoptee of 8 who consents', () => {
    expect(() => checkAdoption({ ...base, adopters: [man('19700101')], adoptee: girl('20100101'), adopteeConsents: true })).not.toThrow();
  });
});

describe('exemptions as data (Civil Code arts. 1099, 1100(2), 1103) and the placing party', () => {
  const exemption = (ground: string, waives: ('adopter-age' | 'children-count' | 'age-gap')[], requiresBirthParentsConsent = false) => ({
    ground,
    articles: 'art.',
    waives,
    requiresBirthParentsConsent,
  });
  const birthParents = { kind: 'birth-parents' as const, name: '王某、李某', consents: true };

  it('needs the placing party (送养人) to consent', () => {
    expect(() => checkAdoption({ ...base, placingParty: { ...placingParty, consents: false }, adopters: couple(), adoptee: girl() })).toThrow(
      expect.objectContaining({ code: 'ADOPTION.PLACING_CONSENT_REQUIRED' }),
    );
  });

  it("waives the 40-year gap for a relative's child (art. 1099)", () => {
    const single = { ...base, adopters: [man('19800101')], adoptee: girl('20190102') };
    expect(() => checkAdoption(single)).toThrow(expect.objectContaining({ code: 'ADOPTION.AGE_GAP' }));
    expect(() => checkAdoption({ ...single, exemption: exemption('collateral-relative-child', ['age-gap']) })).not.toThrow();
  });

  it('waives the children limit for an orphan or a disabled child (art. 1100(2))', () => {
    const many = { ...base, adopters: [man('19800101', 2)], adoptee: boy() };
    expect(() => checkAdoption({ ...many, exemption: exemption('orphan-disabled-or-unfound-parents', ['children-count']) })).not.toThrow();
  });

  it("waives age and children for a step-child, with the birth parents' consent only (art. 1103)", () => {
    const step = { ...base, adopters: [man('19990101', 2)], adoptee: boy(), exemption: exemption('step-child', ['adopter-age', 'children-count'], true) };
    expect(() => checkAdoption(step)).toThrow(expect.objectContaining({ code: 'ADOPTION.BIRTH_PARENTS_CONSENT_REQUIRED' }));
    expect(() => checkAdoption({ ...step, placingParty: birthParents })).not.toThrow();
  });
});
