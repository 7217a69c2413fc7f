import { DeathRecordCorrected, DeathRecordCorrectedV1, DeathRecordRevoked, DeathRecordRevokedV1, DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { VolunteerCommands } from '../application/volunteer-commands';

/** Consumer `charity.deaths`: a death registered in funeral closes the volunteer's record; revoked, reopens it; corrected, moves it (through the inbox: once). */
@EventConsumerGroup('deaths')
export class DeathsConsumer {
  constructor(private readonly volunteers: VolunteerCommands) {}

  @OnEvent(DeathRegistered)
  async registered(d: DeathRegisteredV1): Promise<void> {
    await this.volunteers.died(d.citizenId, BusinessDate.parse(d.dateOfDeath, 'dateOfDeath'));
  }

  @OnEvent(DeathRecordRevoked)
  async revoked(d: DeathRecordRevokedV1): Promise<void> {
    await this.volunteers.deathUndone(d.citizenId, null);
  }

  @OnEvent(DeathRecordCorrected)
  async corrected(d: DeathRecordCorrectedV1): Promise<void> {
    await this.volunteers.deathUndone(d.citizenId, BusinessDate.parse(d.dateOfDeath, 'dateOfDeath'));
  }
}
