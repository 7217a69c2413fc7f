import { ResettlementPlan } from './resettlement-plan';

/** Port: resettlement plans (the SQL adapter lives in persistence/). */
export interface ResettlementPlanRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<ResettlementPlan | null>;
  /** Adds it unless the child already has one (the unique index decides); true when added. */
  addOnce(plan: ResettlementPlan): Promise<boolean>;
  save(plan: ResettlementPlan, expectedVersion: number): Promise<void>;
  /** Active orphans and de-facto unattended children who are 18 on `today` (born on or before today minus 18 years). */
  turningAdult(bornOnOrBefore: string, limit: number): Promise<{ childId: string; citizenId: string }[]>;
}

export const RESETTLEMENT_PLAN_REPOSITORY = Symbol('RESETTLEMENT_PLAN_REPOSITORY');
