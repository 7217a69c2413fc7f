import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { EventConsumerGroup, InboxContext, OnEvent } from '@civic/platform';
import { Ctx } from '@nestjs/microservices';
import { MarriageStore } from '../persistence/marriage.store';

/**
 * Consumer `registration.deaths`: a death ends the person's marriage and makes the spouse widowed
 * (丧偶), in the inbox transaction (a redelivered death changes nothing twice).
 */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly marriages: MarriageStore) {}

  @OnEvent(DeathRegistered)
  async died(death: DeathRegisteredV1, @Ctx() inbox: InboxContext): Promise<void> {
    const tx = inbox.transaction;
    const marriage = await this.marriages.currentMarriageOf(tx, death.citizenId);
    if (marriage) {
      const spouse = marriage.party_a_citizen_id === death.citizenId ? marriage.party_b_citizen_id : marriage.party_a_citizen_id;
      await this.marriages.endMarriage(tx, marriage.id, 'ended-by-death', death.dateOfDeath);
      await this.marriages.setStatus(tx, [spouse], 'widowed', marriage.id, death.dateOfDeath);
    }
    await this.marriages.setStatus(tx, [death.citizenId], 'deceased', marriage?.id ?? null, death.dateOfDeath);
  }
}
