import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';

/** 孤儿, 事实无人抚养儿童, 困境儿童, 留守儿童, 孤独症儿童. */
export const CHILD_CATEGORIES = ['orphan', 'de-facto-unattended', 'in-difficulty', 'left-behind', 'autism'] as const;
export type ChildCategory = (typeof CHILD_CATEGORIES)[number];

/** 困境儿童 by the cause (国发〔2016〕36号): 家庭经济困难, 自身残疾, 重病, 监护缺失或不当. */
export const IN_DIFFICULTY_KINDS = ['poverty', 'disability', 'serious-illness', 'guardianship-deficit'] as const;

export const GUARDIAN_RELATIONS = ['father', 'mother', 'grandparent', 'sibling', 'relative', 'institution', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

/** A child is a minor: under 18 (未成年人保护法 art. 2). */
export const ADULT_AGE = 18;
/** 留守儿童 are under 16 (国发〔2016〕13号). */
export const LEFT_BEHIND_MAX_AGE = 16;

/** The category fits the child on the date: a minor, under 16 if left-behind, with a sub-kind exactly when in difficulty. */
export function checkCategory(category: string, subKind: string | null, citizenId: CitizenId, on: BusinessDate): ChildCategory {
  if (!(CHILD_CATEGORIES as readonly string[]).includes(category))
    throw new DomainError('CHILD.CATEGORY_INVALID', `category must be one of ${CHILD_CATEGORIES.join(', ')}`, 'invalid', 'category');
  const age = citizenId.birthDate.fullYearsUntil(on);
  if (age >= ADULT_AGE)
    throw new DomainError('CHILD.NOT_A_MINOR', `the child is ${age} on ${on}: child welfare serves minors under ${ADULT_AGE}`, 'rule', 'citizenId');
  if (category === 'left-behind' && age >= LEFT_BEHIND_MAX_AGE)
    throw new DomainError('CHILD.CATEGORY_AGE', `a left-behind child (留守儿童) is under ${LEFT_BEHIND_MAX_AGE}; this child is ${age}`, 'rule', 'category');
  if (category === 'in-difficulty' && !(IN_DIFFICULTY_KINDS as readonly string[]).includes(subKind ?? ''))
    throw new DomainError('CHILD.SUB_KIND_REQUIRED', `a child in difficulty needs subKind: one of ${IN_DIFFICULTY_KINDS.join(', ')}`, 'invalid', 'subKind');
  if (category !== 'in-difficulty' && subKind !== null)
    throw new DomainError('CHILD.SUB_KIND_INVALID', 'only a child in difficulty has a subKind', 'invalid', 'subKind');
  return category as ChildCategory;
}

/** 孤儿 have lost both parents: a father or mother cannot be an orphan's guardian. */
export function checkGuardianFits(category: ChildCategory, relation: GuardianRelation): void {
  if (category === 'orphan' && (relation === 'father' || relation === 'mother'))
    throw new DomainError('CHILD.ORPHAN_PARENT', 'an orphan (孤儿) has no living parent as guardian', 'rule', 'relation');
}
