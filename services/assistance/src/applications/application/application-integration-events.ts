import { ApplicationDecided, ApplicationStatusChanged, ApplicationSubmitted } from '@civic/contracts';
import { RaisedEvent, recordedBy } from '@civic/platform';
import { ApplicationTransition } from '../domain/application-change';
import { AssistanceApplication } from '../domain/assistance-application';

/** Every transition is published; submission and decision also as their own, richer events. */
export function applicationEvents(application: AssistanceApplication, transitions: ApplicationTransition[], at: Date): RaisedEvent[] {
  const s = application.snapshot();
  const facts = { applicationId: s.id, householdId: s.householdId, programme: s.programme, divisionCode: s.divisionCode };
  const by = recordedBy();
  return transitions.flatMap((t): RaisedEvent[] => {
    if (t.from === null)
      return [{ contract: ApplicationSubmitted, subject: s.id, data: { ...facts, submittedAt: s.submittedAt.toISOString(), channel: s.channel } }];
    const changed: RaisedEvent = {
      contract: ApplicationStatusChanged,
      subject: s.id,
      data: { ...facts, from: t.from, to: t.to, reason: t.reason, changedAt: at.toISOString(), changedBy: by },
    };
    if ((t.to === 'granted' || t.to === 'rejected') && s.decision) {
      return [
        changed,
        {
          contract: ApplicationDecided,
          subject: s.id,
          data: { ...facts, decision: t.to, reason: s.decision.reason, decidedOn: s.decision.decidedOn, benefitId: s.benefitId },
        },
      ];
    }
    return [changed];
  });
}
