import {
  AdoptionRegistered,
  AdoptionRegisteredV1,
  DeathRegistered,
  DeathRegisteredV1,
  DivorceRegistered,
  DivorceRegisteredV1,
  MarriageRegistered,
  MarriageRegisteredV1,
  PersonTagged,
  PersonTaggedV1,
} from '@civic/contracts';
import { EventConsumerGroup, InboxContext, OnEvent } from '@civic/platform';
import { Ctx } from '@nestjs/microservices';
import { LeadIntake, PersonFact } from '../application/lead-intake';

type Person = Pick<PersonFact, 'citizenId' | 'personName' | 'divisionCode'>;

/**
 * Consumer `assistance.person-facts`: facts about people that the lead rules (政策找人) look at.
 * Runs in the inbox transaction, so a redelivered event makes no second lead.
 */
@EventConsumerGroup('person-facts')
export class PersonFactsConsumer {
  constructor(private readonly intake: LeadIntake) {}

  @OnEvent(DeathRegistered)
  async died(d: DeathRegisteredV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.consider(inbox, inbox.event.id, { citizenId: d.citizenId, personName: d.name, divisionCode: d.divisionCode });
  }

  @OnEvent(PersonTagged)
  async tagged(t: PersonTaggedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.consider(inbox, inbox.event.id, { citizenId: t.citizenId, personName: t.name, divisionCode: t.divisionCode });
  }

  @OnEvent(MarriageRegistered)
  async married(m: MarriageRegisteredV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.considerParties(inbox, [m.partyA, m.partyB], m.officeCode);
  }

  @OnEvent(DivorceRegistered)
  async divorced(d: DivorceRegisteredV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.considerParties(inbox, [d.partyA, d.partyB], '310000');
  }

  @OnEvent(AdoptionRegistered)
  async adopted(a: AdoptionRegisteredV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.considerParties(inbox, a.adopters, '310000');
  }

  /** A marriage or divorce concerns both parties' households: each is looked at (the rule decides). */
  private async considerParties(inbox: InboxContext, parties: { citizenId: string; name: string }[], divisionCode: string): Promise<void> {
    for (const party of parties)
      await this.consider(inbox, `${inbox.event.id}:${party.citizenId}`, { citizenId: party.citizenId, personName: party.name, divisionCode });
  }

  private async consider(inbox: InboxContext, eventId: string, person: Person): Promise<void> {
    await this.intake.consider({ eventId, eventType: inbox.event.type, data: inbox.event.data as Record<string, unknown>, ...person });
  }
}
