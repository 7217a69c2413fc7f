/** A `meal` row as selected by the adapters of this module; it never leaves persistence/. */
export interface MealRow {
  id: string;
  facility_id: string;
  division_code: string;
  citizen_id: string;
  name: string;
  served_on: string;
  meal_type: 'breakfast' | 'lunch' | 'dinner';
  price_fen: string;
  subsidy_fen: string;
  status: 'served' | 'cancelled';
  cancelled_reason: string | null;
}

export const MEAL_COLUMNS = `id, facility_id, division_code, citizen_id, name, served_on::text, meal_type, price_fen, subsidy_fen, status, cancelled_reason`;
