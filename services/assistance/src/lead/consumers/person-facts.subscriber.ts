import { AdoptionRegistered, AdoptionRegisteredV1, DeathRegistered, DeathRegisteredV1, DivorceRegistered, DivorceRegisteredV1, MarriageRegistered, MarriageRegisteredV1, PersonTagged, PersonTaggedV1 } from '@civic/contracts';
import type { CloudEvent, Subscription } from '@civic/messaging';
import { EventSubscriber, systemActor, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LeadIntake, PersonFact } from '../application/lead-intake';

/**
 * Consumer `assistance.person-facts`: runs in the inbox transaction, so a redelivered event makes
 * no second lead.
 */
@Injectable()
export class PersonFactsSubscriber implements EventSubscriber {
  readonly consumerName = 'person-facts';

  constructor(
    private readonly intake: LeadIntake,
    private readonly uow: UnitOfWork,
  ) {}

  subscriptions(): Subscription[] {
    return [
      { contract: DeathRegistered, handle: (e: CloudEvent<DeathRegisteredV1>, tx) => this.consider(e, { citizenId: e.data.citizenId, personName: e.data.name, divisionCode: e.data.divisionCode }, tx) },
      { contract: PersonTagged, handle: (e: CloudEvent<PersonTaggedV1>, tx) => this.consider(e, { citizenId: e.data.citizenId, personName: e.data.name, divisionCode: e.data.divisionCode }, tx) },
      { contract: MarriageRegistered, handle: (e: CloudEvent<MarriageRegisteredV1>, tx) => this.considerParties(e, [e.data.partyA, e.data.partyB], e.data.officeCode, tx) },
      { contract: DivorceRegistered, handle: (e: CloudEvent<DivorceRegisteredV1>, tx) => this.considerParties(e, [e.data.partyA, e.data.partyB], '310000', tx) },
      { contract: AdoptionRegistered, handle: (e: CloudEvent<AdoptionRegisteredV1>, tx) => this.considerParties(e, e.data.adopters, '310000', tx) },
    ];
  }

  /** A marriage or divorce concerns both parties' households: each is looked at (the rule decides). */
  private async considerParties(event: CloudEvent<object>, parties: { citizenId: string; name: string }[], divisionCode: string, tx: EntityManager): Promise<void> {
    for (const party of parties) {
      await this.consider({ ...event, id: `${event.id}:${party.citizenId}` }, { citizenId: party.citizenId, personName: party.name, divisionCode }, tx);
    }
  }

  private async consider(event: CloudEvent<object>, person: Pick<PersonFact, 'citizenId' | 'personName' | 'divisionCode'>, tx: EntityManager): Promise<void> {
    await this.uow.run(() => this.intake.consider({ eventId: event.id, eventType: event.type, data: event.data as Record<string, unknown>, ...person }), { actor: systemActor('lead-rules'), within: tx });
  }
}
