import { EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Lead } from '../domain/lead';
import { firedRules, householdConditionMet } from '../domain/lead-rule';
import { LEAD_REPOSITORY, LeadRepository } from '../domain/lead.repository';
import { leadCreatedEvent } from './lead-integration-events';

/** A fact received from another context, about a person. */
export interface PersonFact {
  eventId: string;
  eventType: string;
  data: Record<string, unknown>;
  citizenId: string;
  personName: string;
  divisionCode: string;
}

/**
 * 政策找人: runs the operator's rules over a fact from another context; each rule that fires makes
 * one lead for the advisers of the person's district (once per event and rule, however often the
 * event is delivered).
 */
@Injectable()
export class LeadIntake {
  constructor(
    @Inject(LEAD_REPOSITORY) private readonly leads: LeadRepository,
    private readonly events: EventPublisher,
  ) {}

  async consider(fact: PersonFact): Promise<number> {
    const rules = firedRules(await this.leads.rules(), fact.eventType, fact.data);
    if (rules.length === 0) return 0;
    const household = await this.leads.householdOf(fact.citizenId);
    let created = 0;
    for (const rule of rules.filter((r) => householdConditionMet(r, household !== null))) {
      const lead = Lead.raise(randomUUID(), rule, fact, household);
      if (!(await this.leads.add(lead))) continue;
      created += 1;
      await this.events.publish([leadCreatedEvent(lead)]);
    }
    return created;
  }
}
