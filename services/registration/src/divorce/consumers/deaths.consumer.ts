import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { DivorceCommands } from '../application/divorce-commands';

/**
 * Consumer `registration.divorce-deaths`: a party who dies during a divorce by agreement ends the
 * application (the marriage module, in its own group, ends the marriage by death).
 */
@EventConsumerGroup('divorce-deaths')
export class DivorceDeathsConsumer {
  constructor(private readonly divorces: DivorceCommands) {}

  @OnEvent(DeathRegistered)
  async died(death: DeathRegisteredV1): Promise<void> {
    await this.divorces.partyDied(death.citizenId, BusinessDate.parse(death.dateOfDeath));
  }
}
