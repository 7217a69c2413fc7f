import { AdoptionRegistered, AdoptionRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { LifeEventHandling } from '../application/life-event-handling';

/** Consumer `child-welfare.adoptions`: an adoption registered in registration closes the adoptee's record and cases. */
@EventConsumerGroup('adoptions')
export class AdoptionsConsumer {
  constructor(private readonly lifeEvents: LifeEventHandling) {}

  @OnEvent(AdoptionRegistered)
  async registered(a: AdoptionRegisteredV1): Promise<void> {
    await this.lifeEvents.adoptionRegistered(a.adoptee.citizenId, BusinessDate.parse(a.registeredOn, 'registeredOn'));
  }
}
