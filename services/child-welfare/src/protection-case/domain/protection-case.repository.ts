import { CaseTimeLimits } from './case-time-limits';
import { ProtectionCase, ProtectionCaseChange } from './protection-case';

/** Port: protection cases and the stages' time limits (the SQL adapter lives in persistence/). */
export interface ProtectionCaseRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<ProtectionCase | null>;
  /** The open cases about a child, locked. */
  openOfChild(childId: string): Promise<ProtectionCase[]>;
  save(subject: ProtectionCase, expectedVersion: number | null, changes: ProtectionCaseChange[]): Promise<void>;
  timeLimits(): Promise<CaseTimeLimits>;
  setTimeLimits(limits: CaseTimeLimits, recordedBy: string): Promise<void>;
}

export const PROTECTION_CASE_REPOSITORY = Symbol('PROTECTION_CASE_REPOSITORY');
