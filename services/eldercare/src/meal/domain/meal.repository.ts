import { Meal } from './meal';
import { MealPolicy } from './meal-policy';

/** Port: meals served and the subsidy policy (the SQL adapter lives in persistence/). */
export interface MealRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Meal | null>;
  /**
   * Serialises the meals of one elder on one day until the transaction ends and counts the
   * subsidised meals they already had, so two sites serving at once cannot pass the daily limit.
   */
  lockElderDay(citizenId: string, servedOn: string): Promise<number>;
  add(meal: Meal, recordedBy: string): Promise<void>;
  cancel(meal: Meal): Promise<void>;
  policy(): Promise<MealPolicy>;
  setPolicy(policy: MealPolicy, recordedBy: string): Promise<void>;
}

export const MEAL_REPOSITORY = Symbol('MEAL_REPOSITORY');
