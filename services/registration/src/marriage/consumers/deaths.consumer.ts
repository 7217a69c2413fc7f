import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { MarriageCommands } from '../application/marriage-commands';

/**
 * Consumer `registration.deaths`: a death ends the person's marriage and makes the spouse widowed
 * (丧偶), in the inbox transaction (a redelivered death changes nothing twice).
 */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly marriages: MarriageCommands) {}

  @OnEvent(DeathRegistered)
  async died(death: DeathRegisteredV1): Promise<void> {
    await this.marriages.personDied(death.citizenId, BusinessDate.parse(death.dateOfDeath));
  }
}
