import { AllowanceStandard } from './allowance-rules';

/** Port: the allowance standards (the SQL adapter lives in persistence/). */
export interface AllowanceRepository {
  standards(): Promise<AllowanceStandard[]>;
  /** Adds a standard; false when the category already has one from that month. */
  addStandard(standard: AllowanceStandard, recordedBy: string): Promise<boolean>;
}

export const ALLOWANCE_REPOSITORY = Symbol('ALLOWANCE_REPOSITORY');
