import { ApplicationTransition } from './application-change';
import { AssistanceApplication } from './assistance-application';
import { Objection } from './objection';

/** Port for applications, their transitions and their objections/appeals. */
export interface ApplicationRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<AssistanceApplication | null>;
  save(application: AssistanceApplication, transitions: ApplicationTransition[], expectedVersion: number | null): Promise<void>;
  /** An application of this household and programme that is still being handled. */
  openApplicationOf(householdId: string, programme: string): Promise<string | null>;
  /** An open (active or suspended) benefit of this household and programme. */
  openBenefitOf(householdId: string, programme: string): Promise<string | null>;
  addObjection(objection: Objection): Promise<void>;
  findObjection(applicationId: string, objectionId: string): Promise<Objection | null>;
  updateObjection(objection: Objection, resolvedBy: string): Promise<void>;
  countOpenObjections(applicationId: string, kind: Objection['kind']): Promise<number>;
}

export const APPLICATION_REPOSITORY = Symbol('APPLICATION_REPOSITORY');
