import { FundraisingPlan } from './fundraising-plan';

/** Port: how the use cases load and store fundraising plans (SQL adapter in persistence/). */
export interface FundraisingPlanRepository {
  find(id: string): Promise<FundraisingPlan | null>;
  add(plan: FundraisingPlan, recordedBy: string): Promise<void>;
}

export const FUNDRAISING_PLAN_REPOSITORY = Symbol('FUNDRAISING_PLAN_REPOSITORY');
