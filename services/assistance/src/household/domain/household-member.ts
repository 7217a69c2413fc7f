import { BusinessDate, CitizenId, Clock, DomainError, Money } from '@civic/domain-kernel';

/** 与户主关系: the member's relation to the head of household. */
export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
export const RELATION_LABELS = 'head 户主 | spouse 配偶 | child 子女 | parent 父母 | grandparent 祖父母 | grandchild 孙子女 | sibling 兄弟姐妹 | other 其他';

/** 残疾等级 1 (most severe) to 4, or none. */
export type DisabilityGrade = 1 | 2 | 3 | 4;

export interface HouseholdMember {
  citizenId: CitizenId;
  name: string;
  relation: Relation;
  monthlyIncome: Money;
  assets: Money;
  disabilityGrade: DisabilityGrade | null;
}

export interface MemberInput {
  citizenId: string;
  name: string;
  relation: string;
  monthlyIncome: string;
  assets: string;
  disabilityGrade?: number | null;
}

/** Validates one member; errors name the field as `members[i].x` so a form or import row can point at it. */
export function memberFrom(input: MemberInput, index: number, clock: Clock): HouseholdMember {
  const at = (field: string) => `members[${index}].${field}`;
  const citizenId = CitizenId.parse(input.citizenId, at('citizenId'), clock);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 50)
    throw new DomainError('HOUSEHOLD.MEMBER_NAME_INVALID', 'a member name must be 1-50 characters', 'invalid', at('name'));
  if (!(RELATIONS as readonly string[]).includes(input.relation)) {
    throw new DomainError('HOUSEHOLD.RELATION_UNKNOWN', `relation must be one of ${RELATIONS.join(', ')}`, 'invalid', at('relation'));
  }
  const monthlyIncome = nonNegative(input.monthlyIncome, at('monthlyIncome'));
  const assets = nonNegative(input.assets, at('assets'));
  const grade = input.disabilityGrade ?? null;
  if (grade !== null && !(Number.isInteger(grade) && grade >= 1 && grade <= 4)) {
    throw new DomainError('HOUSEHOLD.DISABILITY_GRADE_INVALID', 'disabilityGrade must be 1-4 or null', 'invalid', at('disabilityGrade'));
  }
  return { citizenId, name, relation: input.relation as Relation, monthlyIncome, assets, disabilityGrade: grade as DisabilityGrade | null };
}

function nonNegative(raw: string, field: string): Money {
  const amount = Money.parse(raw, field);
  if (amount.isNegative()) throw new DomainError('HOUSEHOLD.NEGATIVE_AMOUNT', `${field} cannot be negative`, 'invalid', field);
  return amount;
}

/** Full years of age on a date. */
export function ageOn(member: HouseholdMember, date: BusinessDate): number {
  return member.citizenId.birthDate.fullYearsUntil(date);
}
