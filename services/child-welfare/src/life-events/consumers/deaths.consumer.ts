import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { LifeEventHandling } from '../application/life-event-handling';

/** Consumer `child-welfare.deaths`: a death registered in funeral, for a child or a guardian. */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly lifeEvents: LifeEventHandling) {}

  @OnEvent(DeathRegistered)
  async registered(d: DeathRegisteredV1): Promise<void> {
    await this.lifeEvents.deathRegistered(d.citizenId, BusinessDate.parse(d.dateOfDeath, 'dateOfDeath'));
  }
}
