import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { WaitingListCommands } from '../application/waiting-list-commands';

/** Consumer `eldercare.deaths`: a death registered in funeral frees the deceased's bed, closes their place in line and offers the bed on. */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly line: WaitingListCommands) {}

  @OnEvent(DeathRegistered)
  async registered(d: DeathRegisteredV1): Promise<void> {
    await this.line.elderDied(d.citizenId, BusinessDate.parse(d.dateOfDeath, 'dateOfDeath'));
  }
}
