import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { HouseholdMember } from '../../household/domain/household-member';

/**
 * One eligibility condition of a programme, as data (so operators can change a programme without
 * a release). Thresholds are either in yuan or a percentage of the programme's standard.
 */
export type EligibilityCondition =
  | { fact: 'per-capita-income'; atMostPercentOfStandard: number }
  | { fact: 'per-capita-income-after-essential-spending'; atMostPercentOfStandard: number }
  | { fact: 'per-capita-assets'; atMostYuan: string }
  | { fact: 'members-with-disability'; grades: number[]; atLeast: number }
  | { fact: 'household-size'; atMost: number }
  | { fact: 'every-member-unable-to-work'; ageAtLeast: number; ageBelow: number; disabilityGrades: number[] }
  | { fact: 'no-legal-supporter-able-to-support' };

export const ELIGIBILITY_FACTS = [
  'per-capita-income',
  'per-capita-income-after-essential-spending',
  'per-capita-assets',
  'members-with-disability',
  'household-size',
  'every-member-unable-to-work',
  'no-legal-supporter-able-to-support',
] as const;

/** The fields each kind of condition takes besides `fact`; any other is refused, so a misspelt threshold is never ignored. */
const CONDITION_FIELDS: Record<EligibilityCondition['fact'], string[]> = {
  'per-capita-income': ['atMostPercentOfStandard'],
  'per-capita-income-after-essential-spending': ['atMostPercentOfStandard'],
  'per-capita-assets': ['atMostYuan'],
  'members-with-disability': ['grades', 'atLeast'],
  'household-size': ['atMost'],
  'every-member-unable-to-work': ['ageAtLeast', 'ageBelow', 'disabilityGrades'],
  'no-legal-supporter-able-to-support': [],
};

/** What a means test looks at: the members (verified figures where verification has run), spending, date, standard. */
export interface MeansTestFacts {
  members: readonly HouseholdMember[];
  /** 家庭人均月收入, rounded to the fen: what conditions compare. */
  perCapitaIncome: Money;
  /** The household's total monthly income, exact: what amounts are computed from. */
  totalIncome: Money;
  perCapitaAssets: Money;
  /** 刚性支出: essential medical and education spending per month, for 支出型贫困. */
  monthlyEssentialSpending: Money;
  /** 法定义务人 as verified, null when verification did not record them. */
  legalSupporters: readonly { ableToSupport: boolean }[] | null;
  on: BusinessDate;
  standard: Money | null;
}

/** The reasons the household fails the conditions; empty when it qualifies. */
export function unmetConditions(conditions: readonly EligibilityCondition[], facts: MeansTestFacts): string[] {
  const reasons: string[] = [];
  const n = facts.members.length;
  const ofStandard = (percent: number) => {
    if (!facts.standard) throw new DomainError('PROGRAMME.NO_STANDARD', `no standard is in force on ${facts.on}`, 'rule');
    return facts.standard.timesRatio(Math.round(percent * 100), 10_000);
  };
  for (const c of conditions) {
    switch (c.fact) {
      case 'per-capita-income': {
        const limit = ofStandard(c.atMostPercentOfStandard);
        if (facts.perCapitaIncome.compare(limit) > 0) reasons.push(`per-capita monthly income ${facts.perCapitaIncome} exceeds ${limit}`);
        break;
      }
      case 'per-capita-income-after-essential-spending': {
        const limit = ofStandard(c.atMostPercentOfStandard);
        const net = facts.perCapitaIncome.minus(facts.monthlyEssentialSpending.timesRatio(1, n));
        if (net.compare(limit) > 0) reasons.push(`per-capita income after essential spending ${net} exceeds ${limit}`);
        break;
      }
      case 'per-capita-assets': {
        const limit = Money.parse(c.atMostYuan);
        if (facts.perCapitaAssets.compare(limit) > 0) reasons.push(`per-capita assets ${facts.perCapitaAssets} exceed ${limit}`);
        break;
      }
      case 'members-with-disability': {
        const count = facts.members.filter((m) => m.disabilityGrade !== null && c.grades.includes(m.disabilityGrade)).length;
        if (count < c.atLeast) reasons.push(`needs at least ${c.atLeast} member(s) with disability grade ${c.grades.join('/')}`);
        break;
      }
      case 'household-size':
        if (n > c.atMost) reasons.push(`household has ${n} members, at most ${c.atMost} allowed`);
        break;
      case 'every-member-unable-to-work': {
        const able = facts.members.filter((m) => {
          const age = m.citizenId.birthDate.fullYearsUntil(facts.on);
          const disabled = m.disabilityGrade !== null && c.disabilityGrades.includes(m.disabilityGrade);
          return age >= c.ageBelow && age < c.ageAtLeast && !disabled;
        });
        if (able.length > 0) reasons.push(`${able.length} member(s) of working age without qualifying disability (无劳动能力 not met)`);
        break;
      }
      case 'no-legal-supporter-able-to-support': {
        // 特困 (社会救助暂行办法 art. 14): no 法定赡养、抚养、扶养义务人, or none able to support.
        if (facts.legalSupporters === null) reasons.push('legal supporters (法定赡养抚养扶养义务人) were not verified');
        else {
          const able = facts.legalSupporters.filter((l) => l.ableToSupport).length;
          if (able > 0) reasons.push(`${able} legal supporter(s) (法定义务人) able to support`);
        }
        break;
      }
    }
  }
  return reasons;
}

/** Checks that operator-supplied conditions are well-formed before they are stored. */
export function validateConditions(raw: unknown): EligibilityCondition[] {
  if (!Array.isArray(raw)) throw new DomainError('PROGRAMME.ELIGIBILITY_INVALID', 'eligibility must be a list of conditions', 'invalid', 'eligibility');
  return raw.map((c, i) => {
    const field = `eligibility[${i}]`;
    const bad = (why: string) => new DomainError('PROGRAMME.ELIGIBILITY_INVALID', `${field}: ${why}`, 'invalid', field);
    if (!c || typeof c !== 'object' || !(ELIGIBILITY_FACTS as readonly string[]).includes(c.fact))
      throw bad(`fact must be one of ${ELIGIBILITY_FACTS.join(', ')}`);
    const allowed = ['fact', ...CONDITION_FIELDS[c.fact as EligibilityCondition['fact']]];
    const unknown = Object.keys(c).filter((key) => !allowed.includes(key));
    if (unknown.length) throw bad(`${c.fact} takes ${allowed.slice(1).join(', ')}, not ${unknown.join(', ')}`);
    const percent = (v: unknown) => typeof v === 'number' && v > 0 && v <= 1000;
    const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 20;
    const grades = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((g) => [1, 2, 3, 4].includes(g));
    switch (c.fact as EligibilityCondition['fact']) {
      case 'per-capita-income':
      case 'per-capita-income-after-essential-spending':
        if (!percent(c.atMostPercentOfStandard)) throw bad('atMostPercentOfStandard must be a number in (0, 1000]');
        return { fact: c.fact, atMostPercentOfStandard: c.atMostPercentOfStandard };
      case 'per-capita-assets':
        if (typeof c.atMostYuan !== 'string' || Money.parse(c.atMostYuan, `${field}.atMostYuan`).isNegative())
          throw bad('atMostYuan must be a non-negative yuan amount');
        return { fact: c.fact, atMostYuan: c.atMostYuan };
      case 'members-with-disability':
        if (!grades(c.grades) || !count(c.atLeast)) throw bad('grades must list 1-4 and atLeast must be 0-20');
        return { fact: c.fact, grades: c.grades, atLeast: c.atLeast };
      case 'household-size':
        if (!count(c.atMost)) throw bad('atMost must be 0-20');
        return { fact: c.fact, atMost: c.atMost };
      case 'every-member-unable-to-work':
        if (!count(c.ageBelow) || !Number.isInteger(c.ageAtLeast) || !grades(c.disabilityGrades)) throw bad('needs ageBelow, ageAtLeast and disabilityGrades');
        return { fact: c.fact, ageAtLeast: c.ageAtLeast, ageBelow: c.ageBelow, disabilityGrades: c.disabilityGrades };
      case 'no-legal-supporter-able-to-support':
        return { fact: c.fact };
    }
  });
}
