import { ApplicationTransition } from './application-change';
import { AssistanceApplication } from './assistance-application';
import { Household } from '../../household/domain/household';
import { Programme } from '../../programme/domain/programme';
import { Objection } from './objection';

/** Port for applications, their transitions and their objections/appeals. */
export interface ApplicationRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<AssistanceApplication | null>;
  save(application: AssistanceApplication, transitions: ApplicationTransition[], expectedVersion: number | null): Promise<void>;
  /**
   * Everything a submission is decided on, read in one round trip: the programme, the household
   * (locked, so two submissions for it take turns), and any application still being handled or
   * benefit still open for it under the programme.
   */
  submissionContext(householdId: string, programme: string): Promise<SubmissionContext>;
  addObjection(objection: Objection): Promise<void>;
  findObjection(applicationId: string, objectionId: string): Promise<Objection | null>;
  updateObjection(objection: Objection, resolvedBy: string): Promise<void>;
  countOpenObjections(applicationId: string, kind: Objection['kind']): Promise<number>;
}

export const APPLICATION_REPOSITORY = Symbol('APPLICATION_REPOSITORY');

export interface SubmissionContext {
  programme: Programme | null;
  household: Household | null;
  openApplicationId: string | null;
  openBenefitId: string | null;
}
