import { BusinessDate, CitizenId, errorCodeOf, Money } from '@civic/domain-kernel';
import { Meal, MealContext } from './meal';
import { checkMealPolicy, DEFAULT_MEAL_POLICY, mealSubsidy } from './meal-policy';

const d = (text: string) => BusinessDate.parse(text);
const yuan = (text: string) => Money.parse(text);
const today = d('2026-11-30');
const elder = CitizenId.parse('310104195001011235');
const context = (over: Partial<MealContext> = {}): MealContext => ({
  site: { id: 's1', divisionCode: '310104003', kind: 'meal-site', filed: true },
  policy: DEFAULT_MEAL_POLICY,
  programmes: [],
  mealsThatDay: 0,
  ...over,
});
const serve = (over: Partial<MealContext> = {}, input: Partial<{ citizenId: CitizenId; servedOn: BusinessDate; price: Money }> = {}) =>
  Meal.serve(
    { id: 'm1', citizenId: elder, name: ' 张桂英 ', servedOn: d('2026-11-30'), mealType: 'lunch', price: yuan('15.00'), ...input },
    context(over),
    today,
  );

describe('meal subsidy rules', () => {
  it('gives the best subsidy the elder’s programmes give, at least the general one, never more than the price', () => {
    expect(mealSubsidy(DEFAULT_MEAL_POLICY, [], yuan('15.00')).toString()).toBe('3.00');
    expect(mealSubsidy(DEFAULT_MEAL_POLICY, ['dibao'], yuan('15.00')).toString()).toBe('6.00');
    expect(mealSubsidy(DEFAULT_MEAL_POLICY, ['dibao', 'tekun'], yuan('15.00')).toString()).toBe('10.00');
    expect(mealSubsidy(DEFAULT_MEAL_POLICY, ['tekun'], yuan('8.00')).toString()).toBe('8.00');
  });

  it('checks the policy it is given', () => {
    expect(errorCodeOf(() => checkMealPolicy({ ...DEFAULT_MEAL_POLICY, dailyLimit: 0 }))).toBe('MEAL.POLICY_INVALID');
    expect(errorCodeOf(() => checkMealPolicy({ ...DEFAULT_MEAL_POLICY, dailyLimit: 4 }))).toBe('MEAL.POLICY_INVALID');
    expect(errorCodeOf(() => checkMealPolicy({ ...DEFAULT_MEAL_POLICY, subsidyPerMeal: yuan('-1.00') }))).toBe('MEAL.POLICY_INVALID');
    const twice = [...DEFAULT_MEAL_POLICY.subsidyByProgramme, { programme: 'tekun', subsidyPerMeal: yuan('1.00') }];
    expect(errorCodeOf(() => checkMealPolicy({ ...DEFAULT_MEAL_POLICY, subsidyByProgramme: twice }))).toBe('MEAL.POLICY_INVALID');
  });
});

describe('Meal', () => {
  it('is served at a meal site to an elder, with the subsidy of the policy', () => {
    const meal = serve({ programmes: ['dibao'] });
    expect(meal.snapshot()).toMatchObject({ facilityId: 's1', divisionCode: '310104003', name: '张桂英', status: 'served' });
    expect(meal.snapshot().subsidy.toString()).toBe('6.00');
  });

  it('refuses a meal beyond the daily limit', () => {
    expect(serve({ mealsThatDay: 1 }).snapshot().status).toBe('served');
    expect(errorCodeOf(() => serve({ mealsThatDay: 2 }))).toBe('MEAL.DAILY_LIMIT');
    expect(errorCodeOf(() => serve({ mealsThatDay: 2, policy: { ...DEFAULT_MEAL_POLICY, dailyLimit: 3 } }))).toBeUndefined();
  });

  it('serves elders of 60 and over only, at a facility that serves meals, on a day not yet to come', () => {
    expect(errorCodeOf(() => serve({}, { citizenId: CitizenId.parse('310104197001011234') }))).toBe('MEAL.NOT_AN_ELDER');
    expect(errorCodeOf(() => serve({ site: { id: 's1', divisionCode: '310104003', kind: 'institution', filed: true } }))).toBe('MEAL.NOT_A_MEAL_SITE');
    expect(errorCodeOf(() => serve({ site: { id: 's1', divisionCode: '310104003', kind: 'community-centre', filed: false } }))).toBe('MEAL.SITE_NOT_FILED');
    expect(errorCodeOf(() => serve({}, { servedOn: d('2026-12-01') }))).toBe('MEAL.IN_FUTURE');
    expect(errorCodeOf(() => serve({}, { price: Money.ZERO }))).toBe('MEAL.PRICE_INVALID');
  });

  it('is cancelled once, with a reason', () => {
    const meal = serve();
    expect(errorCodeOf(() => meal.cancel(' '))).toBe('MEAL.FIELD_INVALID');
    meal.cancel('误录');
    expect(meal.snapshot()).toMatchObject({ status: 'cancelled', cancelledReason: '误录' });
    expect(errorCodeOf(() => meal.cancel('again'))).toBe('MEAL.ALREADY_CANCELLED');
  });
});
