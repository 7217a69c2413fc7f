import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import type { CloudEvent, Subscription } from '@civic/messaging';
import { EventSubscriber } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MarriageStore } from '../persistence/marriage.store';

/**
 * Consumer `registration.deaths`: a death ends the person's marriage and makes the spouse widowed
 * (丧偶), in the inbox transaction (a redelivered death changes nothing twice).
 */
@Injectable()
export class DeathsSubscriber implements EventSubscriber {
  readonly consumerName = 'deaths';

  constructor(private readonly marriages: MarriageStore) {}

  subscriptions(): Subscription[] {
    return [{ contract: DeathRegistered, handle: (e: CloudEvent<DeathRegisteredV1>, tx) => this.died(e.data, tx) }];
  }

  private async died(death: DeathRegisteredV1, tx: EntityManager): Promise<void> {
    const marriage = await this.marriages.currentMarriageOf(tx, death.citizenId);
    if (marriage) {
      const spouse = marriage.party_a_citizen_id === death.citizenId ? marriage.party_b_citizen_id : marriage.party_a_citizen_id;
      await this.marriages.endMarriage(tx, marriage.id, 'ended-by-death', death.dateOfDeath);
      await this.marriages.setStatus(tx, [spouse], 'widowed', marriage.id, death.dateOfDeath);
    }
    await this.marriages.setStatus(tx, [death.citizenId], 'deceased', marriage?.id ?? null, death.dateOfDeath);
  }
}
