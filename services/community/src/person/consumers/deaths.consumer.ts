import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { PersonCommands } from '../application/person-commands';

/** Consumer `community.deaths`: a death registered in funeral closes the person's tags and residence (through the inbox: once). */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly persons: PersonCommands) {}

  @OnEvent(DeathRegistered)
  async registered(d: DeathRegisteredV1): Promise<void> {
    await this.persons.died(d.citizenId, BusinessDate.parse(d.dateOfDeath, 'dateOfDeath'));
  }
}
