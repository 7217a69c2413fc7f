import { PageQuery, RecordDivisions } from '@civic/platform';
import { Meal } from '../domain/meal';
import { MealPolicy } from '../domain/meal-policy';

/** A meal as the API shows it (amounts in yuan). */
export interface MealView {
  id: string;
  facilityId: string;
  divisionCode: string;
  citizenId: string;
  name: string;
  servedOn: string;
  mealType: string;
  price: string;
  subsidy: string;
  status: 'served' | 'cancelled';
  cancelledReason: string | null;
}

export interface MealFilter {
  divisionCode?: string;
  facilityId?: string;
  citizenId?: string;
  servedOn?: string;
  month?: string;
}

/** One site's month: meals served (cancelled ones not counted) and the subsidy they carry. */
export interface SiteMonthTotal {
  facilityId: string;
  facilityName: string;
  divisionCode: string;
  districtCode: string;
  meals: number;
  elders: number;
  subsidy: string;
}

export interface MealTotals {
  month: string;
  sites: SiteMonthTotal[];
  districts: { districtCode: string; meals: number; elders: number; subsidy: string }[];
}

/** Query port: meals within the caller's districts, and the monthly totals per site and district. */
export interface MealQueries extends RecordDivisions {
  get(id: string): Promise<MealView | null>;
  list(filter: MealFilter, page: PageQuery): Promise<{ items: MealView[]; total: number }>;
  monthTotals(month: string, divisionCode?: string): Promise<MealTotals>;
  policy(): Promise<MealPolicy>;
}

export const MEAL_QUERIES = Symbol('MEAL_QUERIES');

export function mealView(meal: Meal): MealView {
  const s = meal.snapshot();
  return {
    id: s.id,
    facilityId: s.facilityId,
    divisionCode: s.divisionCode,
    citizenId: s.citizenId.value,
    name: s.name,
    servedOn: s.servedOn.toString(),
    mealType: s.mealType,
    price: s.price.toString(),
    subsidy: s.subsidy.toString(),
    status: s.status,
    cancelledReason: s.cancelledReason,
  };
}
