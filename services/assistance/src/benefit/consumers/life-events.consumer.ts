import { DeathRecordCorrected, DeathRecordCorrectedV1, DeathRecordRevoked, DeathRecordRevokedV1, DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { BenefitLifeEvents } from '../application/benefit-life-events';

/** Consumer `assistance.benefit-life-events`: in the inbox transaction, so a redelivered death changes nothing twice. */
@EventConsumerGroup('benefit-life-events')
export class BenefitLifeEventsConsumer {
  constructor(private readonly lifeEvents: BenefitLifeEvents) {}

  @OnEvent(DeathRegistered)
  async died(death: DeathRegisteredV1): Promise<void> {
    await this.lifeEvents.personDied(death.citizenId, BusinessDate.parse(death.dateOfDeath), death.deathRecordId);
  }

  @OnEvent(DeathRecordRevoked)
  async revoked(revocation: DeathRecordRevokedV1): Promise<void> {
    await this.lifeEvents.deathRevoked(revocation.deathRecordId, revocation.reason);
  }

  @OnEvent(DeathRecordCorrected)
  async corrected(correction: DeathRecordCorrectedV1): Promise<void> {
    if (correction.changed.includes('dateOfDeath'))
      await this.lifeEvents.deathRedated(correction.deathRecordId, correction.citizenId, BusinessDate.parse(correction.dateOfDeath));
  }
}
