import { DeathRecordCorrected, DeathRecordCorrectedV1, DeathRecordRevoked, DeathRecordRevokedV1, DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { MarriageCommands } from '../application/marriage-commands';

/**
 * Consumer `registration.deaths`: a death ends the person's marriage and makes the spouse widowed
 * (丧偶), in the inbox transaction (a redelivered death changes nothing twice); a revoked death
 * undoes that, a corrected date of death moves it.
 */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly marriages: MarriageCommands) {}

  @OnEvent(DeathRegistered)
  async died(death: DeathRegisteredV1): Promise<void> {
    await this.marriages.personDied(death.citizenId, BusinessDate.parse(death.dateOfDeath));
  }

  /** A death registered in error: the marriage it ended is current again (see MarriageCommands.deathRevoked). */
  @OnEvent(DeathRecordRevoked)
  async revoked(revocation: DeathRecordRevokedV1): Promise<void> {
    await this.marriages.deathRevoked(revocation.citizenId);
  }

  /** A corrected date of death: the marriage ends on the new date. */
  @OnEvent(DeathRecordCorrected)
  async corrected(correction: DeathRecordCorrectedV1): Promise<void> {
    if (!correction.changed.includes('dateOfDeath')) return;
    await this.marriages.deathRevoked(correction.citizenId);
    await this.marriages.personDied(correction.citizenId, BusinessDate.parse(correction.dateOfDeath));
  }
}
