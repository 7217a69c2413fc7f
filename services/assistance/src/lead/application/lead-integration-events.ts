import { LeadCreated } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Lead } from '../domain/lead';

/** The published event of a new lead: the only place it is built. */
export function leadCreatedEvent(lead: Lead): RaisedEvent {
  const s = lead.snapshot();
  return {
    contract: LeadCreated,
    subject: s.id,
    data: { leadId: s.id, kind: s.kind, ruleCode: s.ruleCode, divisionCode: s.divisionCode, sourceEventType: s.sourceEventType, summary: s.summary },
  };
}
