import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { Adoption, adoptionCertificateNumber } from './adoption';
import { AdoptionAssessment, isPositiveFor } from './adoption-assessment';

const on = BusinessDate.parse('2026-06-01');
const adopter = CitizenId.parse('110105197001011233');
const spouse = CitizenId.parse('110105197203041246');
const child = CitizenId.parse('310104202001011238');
const assessment = (result: 'positive' | 'negative', ids = [adopter.value, spouse.value]): AdoptionAssessment => ({
  id: 'as1',
  adopterCitizenIds: ids,
  result,
  completedOn: '2026-05-01',
});
const register = (a: AdoptionAssessment | null) =>
  Adoption.register({
    id: 'ad1',
    adopters: [
      { citizenId: adopter, name: '王伟', children: 0, spouse: spouse.value },
      { citizenId: spouse, name: '李娜', children: 0, spouse: adopter.value },
    ],
    adoptee: { citizenId: child, name: '王小' },
    adopteeConsents: false,
    assessmentId: 'as1',
    assessment: a,
    officeCode: '310104',
    on,
    serial: 42,
    placingParty: { kind: 'welfare-institution', name: '上海市儿童福利院', consents: true },
    exemption: null,
  });

describe('adoption (收养登记)', () => {
  it('numbers the certificate S<office>-<year>-<serial>', () => {
    expect(adoptionCertificateNumber('310104', on, 42)).toBe('S310104-2026-000042');
    expect(register(assessment('positive')).snapshot().certificateNo).toBe('S310104-2026-000042');
  });

  it.each([
    ['no assessment', null],
    ['a negative assessment', assessment('negative')],
    ['an assessment of other adopters', assessment('positive', [adopter.value])],
  ])('refuses %s', (_what, a) => {
    expect(errorCodeOf(() => register(a))).toBe('ADOPTION.ASSESSMENT_REQUIRED');
  });

  it('an assessment supports exactly the adopters it covers', () => {
    expect(isPositiveFor(assessment('positive'), [adopter.value, spouse.value])).toBe(true);
    expect(isPositiveFor(assessment('positive', [adopter.value]), [adopter.value, spouse.value])).toBe(false);
  });
});
