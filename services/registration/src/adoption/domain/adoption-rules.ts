import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';

/** The conditions of an adoption that a ground for exemption may waive. */
export type WaivableCondition = 'adopter-age' | 'children-count' | 'age-gap';

/**
 * A ground on which the Civil Code waives some conditions, as data (table `adoption_exemption`):
 * art. 1099 (the child of a collateral relative of the same generation within three generations:
 * no 40-year gap), art. 1100(2) (an orphan, a disabled minor, or a child in a welfare institution
 * whose parents cannot be found: no limit on the children the adopter has), art. 1103 (a step-child,
 * with the consent of the birth parents: no age or children conditions).
 */
export interface AdoptionExemption {
  ground: string;
  articles: string;
  waives: WaivableCondition[];
  /** The birth parents must be the placing party and consent (art. 1103). */
  requiresBirthParentsConsent: boolean;
}

/** 送养人 (arts. 1094, 1096, 1097): who places the child, and that they consent. */
export interface PlacingParty {
  kind: 'birth-parents' | 'guardian' | 'welfare-institution';
  name: string;
  consents: boolean;
}

export interface Adopter {
  citizenId: CitizenId;
  /** Children the adopter has (born or adopted before). */
  children: number;
  /** The adopter's spouse as the marriage registry knows it (null: not married here). */
  spouse: string | null;
}

/** The age from which an adoptee's consent is needed, and the adopter's minimum age (Civil Code arts. 1098, 1104). */
export const CONSENT_AGE = 8;
export const MIN_ADOPTER_AGE = 30;
export const SINGLE_ADOPTER_OTHER_SEX_GAP = 40;

/**
 * 收养登记 conditions (Civil Code arts. 1093-1105): the adoptee is a minor; each adopter is 30 or
 * older; a childless adopter may adopt two children, one with a child one, one with two or more
 * none; an adoptee of 8 or more consents; an adopter without a spouse adopting a child of the other
 * sex is at least 40 years older; and the adopters have a positive adoption assessment. A married
 * person adopts together with the spouse, and two adopters are spouses of each other (art. 1101),
 * by the marriage registry, not by declaration.
 */
export function checkAdoption(input: {
  adopters: Adopter[];
  adoptee: CitizenId;
  adopteeConsents: boolean;
  positiveAssessment: boolean;
  on: BusinessDate;
  placingParty: PlacingParty;
  exemption?: AdoptionExemption | null;
}): void {
  const { adopters, adoptee, on } = input;
  const waived = new Set(input.exemption?.waives ?? []);
  // Art. 1097: birth parents place a child together; every placing party consents, on record.
  if (input.placingParty.consents !== true)
    throw new DomainError(
      'ADOPTION.PLACING_CONSENT_REQUIRED',
      'the placing party (送养人) must consent (Civil Code arts. 1094-1097)',
      'rule',
      'placingParty.consents',
    );
  if (input.exemption?.requiresBirthParentsConsent && input.placingParty.kind !== 'birth-parents')
    throw new DomainError(
      'ADOPTION.BIRTH_PARENTS_CONSENT_REQUIRED',
      `${input.exemption.ground} (${input.exemption.articles}) needs the birth parents' consent as the placing party`,
      'rule',
      'placingParty.kind',
    );
  if (adopters.length < 1 || adopters.length > 2)
    throw new DomainError('ADOPTION.ADOPTERS', 'one adopter, or two spouses adopting together', 'invalid', 'adopters');
  checkSpouses(adopters);
  const adopteeAge = adoptee.birthDate.fullYearsUntil(on);
  if (adopteeAge >= 18) throw new DomainError('ADOPTION.ADOPTEE_NOT_MINOR', 'the adoptee must be a minor (under 18)', 'rule', 'adoptee.citizenId');
  adopters.forEach((a, i) => {
    const age = a.citizenId.birthDate.fullYearsUntil(on);
    if (!waived.has('adopter-age') && age < MIN_ADOPTER_AGE)
      throw new DomainError(
        'ADOPTION.ADOPTER_UNDERAGE',
        `adopters[${i}] is ${age}; an adopter must be at least ${MIN_ADOPTER_AGE}`,
        'rule',
        `adopters[${i}].citizenId`,
      );
    if (!waived.has('children-count') && adoptionAllowance(a.children) === 0)
      throw new DomainError('ADOPTION.TOO_MANY_CHILDREN', `adopters[${i}] already has ${a.children} children`, 'rule', `adopters[${i}].children`);
  });
  if (adopteeAge >= CONSENT_AGE && !input.adopteeConsents)
    throw new DomainError('ADOPTION.CONSENT_REQUIRED', `an adoptee aged ${CONSENT_AGE} or more must consent`, 'rule', 'adopteeConsents');
  if (!waived.has('age-gap') && adopters.length === 1 && adopters[0].citizenId.sex !== adoptee.sex) {
    const gap = adopters[0].citizenId.birthDate.fullYearsUntil(adoptee.birthDate);
    if (gap < SINGLE_ADOPTER_OTHER_SEX_GAP)
      throw new DomainError(
        'ADOPTION.AGE_GAP',
        `an adopter without a spouse adopting a child of the other sex must be at least ${SINGLE_ADOPTER_OTHER_SEX_GAP} years older`,
        'rule',
        'adoptee.citizenId',
      );
  }
  if (!input.positiveAssessment)
    throw new DomainError('ADOPTION.ASSESSMENT_REQUIRED', 'the adopters need a completed positive adoption assessment (收养评估)', 'rule', 'assessmentId');
}

/** How many children an adopter with `children` (born or adopted) may still adopt: two when childless, one with a child. */
export function adoptionAllowance(children: number): number {
  return children === 0 ? 2 : children === 1 ? 1 : 0;
}

/** Art. 1101: 有配偶者收养子女，应当夫妻共同收养. */
function checkSpouses(adopters: Adopter[]): void {
  if (adopters.length === 2) {
    const [a, b] = adopters;
    if (a.spouse !== b.citizenId.value || b.spouse !== a.citizenId.value) {
      throw new DomainError('ADOPTION.ADOPTERS_NOT_SPOUSES', 'two adopters must be married to each other (Civil Code art. 1101)', 'rule', 'adopters');
    }
  } else if (adopters.length === 1 && adopters[0].spouse !== null) {
    throw new DomainError(
      'ADOPTION.SPOUSE_MUST_ADOPT_TOO',
      'the adopter is married: the spouse adopts together with them (Civil Code art. 1101)',
      'rule',
      'adopters',
    );
  }
}
