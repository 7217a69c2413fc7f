import { Deliberation } from './deliberation';

/** Port: a committee's deliberation records (the SQL adapter lives in persistence/). */
export interface DeliberationRepository {
  add(deliberation: Deliberation): Promise<void>;
}

export const DELIBERATION_REPOSITORY = Symbol('DELIBERATION_REPOSITORY');
