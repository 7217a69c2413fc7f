/** Port: told of an elder's new care level in the same transaction (the waiting list re-orders its line). */
export interface CareLevelListener {
  careLevelChanged(citizenId: string): Promise<void>;
}

export const CARE_LEVEL_LISTENER = Symbol('CARE_LEVEL_LISTENER');
