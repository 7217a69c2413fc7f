import { ApplicationStatus } from './application-status';

/** A step of the lifecycle, recorded as a transition row, an audit entry and an event. */
export interface ApplicationTransition {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  reason: string | null;
}
