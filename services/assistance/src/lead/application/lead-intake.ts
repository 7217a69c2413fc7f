import { LeadCreated } from '@civic/contracts';
import { EventPublisher } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { firedRules, householdConditionMet } from '../domain/lead-rule';
import { LeadStore } from '../persistence/lead.store';

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
    private readonly store: LeadStore,
    private readonly events: EventPublisher,
  ) {}

  async consider(fact: PersonFact): Promise<number> {
    const rules = firedRules(await this.store.rules(), fact.eventType, fact.data);
    if (rules.length === 0) return 0;
    const household = await this.store.householdOf(fact.citizenId);
    let created = 0;
    for (const rule of rules.filter((r) => householdConditionMet(r, household !== null))) {
      const id = randomUUID();
      const divisionCode = household?.divisionCode ?? fact.divisionCode;
      const inserted = await this.store.insert({
        id,
        rule,
        sourceEventId: fact.eventId,
        sourceEventType: fact.eventType,
        citizenId: fact.citizenId,
        personName: fact.personName,
        divisionCode,
        householdId: household?.id ?? null,
      });
      if (!inserted) continue;
      created += 1;
      await this.events.publish([
        {
          contract: LeadCreated,
          subject: id,
          data: { leadId: id, kind: rule.leadKind, ruleCode: rule.code, divisionCode, sourceEventType: fact.eventType, summary: rule.summary },
        },
      ]);
    }
    return created;
  }
}
