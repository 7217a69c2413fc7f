import { DomainError, Money } from '@civic/domain-kernel';

/**
 * 老年助餐 subsidy rules, as data the city sets: the subsidy per meal (more for elders in an
 * assistance programme) and how many subsidised meals one elder may have a day, across all sites.
 */
export interface MealPolicy {
  subsidyPerMeal: Money;
  subsidyByProgramme: { programme: string; subsidyPerMeal: Money }[];
  dailyLimit: number;
}

export const DEFAULT_MEAL_POLICY: MealPolicy = {
  subsidyPerMeal: Money.parse('3.00'),
  subsidyByProgramme: [
    { programme: 'tekun', subsidyPerMeal: Money.parse('10.00') },
    { programme: 'dibao', subsidyPerMeal: Money.parse('6.00') },
  ],
  dailyLimit: 2,
};

export const MAX_DAILY_MEALS = 3;

export function checkMealPolicy(policy: MealPolicy): MealPolicy {
  const codes = policy.subsidyByProgramme.map((s) => s.programme);
  if (policy.subsidyPerMeal.isNegative() || policy.subsidyByProgramme.some((s) => s.subsidyPerMeal.isNegative()))
    throw new DomainError('MEAL.POLICY_INVALID', 'a subsidy per meal cannot be negative', 'invalid', 'subsidyPerMeal');
  if (policy.subsidyByProgramme.some((s) => !/^[a-z-]{1,30}$/.test(s.programme)) || new Set(codes).size !== codes.length)
    throw new DomainError('MEAL.POLICY_INVALID', 'subsidyByProgramme names each programme once', 'invalid', 'subsidyByProgramme');
  if (!Number.isInteger(policy.dailyLimit) || policy.dailyLimit < 1 || policy.dailyLimit > MAX_DAILY_MEALS)
    throw new DomainError('MEAL.POLICY_INVALID', `dailyLimit must be 1-${MAX_DAILY_MEALS}`, 'invalid', 'dailyLimit');
  return { ...policy, subsidyByProgramme: policy.subsidyByProgramme.map((s) => ({ ...s })) };
}

/** The subsidy of one meal: the best the elder's programmes give (at least the general one), never more than the meal's price. */
export function mealSubsidy(policy: MealPolicy, programmes: readonly string[], price: Money): Money {
  const best = policy.subsidyByProgramme
    .filter((s) => programmes.includes(s.programme))
    .reduce((most, s) => (s.subsidyPerMeal.compare(most) > 0 ? s.subsidyPerMeal : most), policy.subsidyPerMeal);
  return best.compare(price) > 0 ? price : best;
}
