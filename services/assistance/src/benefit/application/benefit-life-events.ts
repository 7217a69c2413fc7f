import { BusinessDate } from '@civic/domain-kernel';
import { EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { deathEffect } from '../domain/death-effect';
import { BENEFIT_REPOSITORY, BenefitRepository } from '../domain/benefit.repository';
import { benefitEvents } from './benefit-integration-events';

/** Life events from other contexts that change benefits. */
@Injectable()
export class BenefitLifeEvents {
  constructor(
    @Inject(BENEFIT_REPOSITORY) private readonly benefits: BenefitRepository,
    private readonly events: EventPublisher,
  ) {}

  /** 死亡: every open benefit covering the person stops from the next month. Returns the benefits changed. */
  async personDied(citizenId: string, dateOfDeath: BusinessDate, deathRecordId: string): Promise<number> {
    const open = await this.benefits.openCovering(citizenId);
    for (const benefit of open) {
      const s = benefit.snapshot();
      const { change, effectiveOn } = deathEffect(s, dateOfDeath);
      const expectedVersion = benefit.version;
      const reason = `death registered (${deathRecordId}) on ${dateOfDeath}`;
      if (change === 'terminate') benefit.terminate(effectiveOn, reason);
      else if (benefit.status === 'active') benefit.suspend(effectiveOn, `${reason}; household to be re-verified`);
      else continue;
      const changes = benefit.pullChanges();
      await this.benefits.save([{ benefit, changes, expectedVersion }]);
      await this.events.publish(benefitEvents(benefit, changes));
    }
    return open.length;
  }

  /**
   * A death record revoked (registered in error): each benefit the death stopped, and that nothing
   * has stopped since, is active again from the date it stopped. Returns the benefits restored.
   */
  async deathRevoked(deathRecordId: string, reason: string): Promise<number> {
    const stopped = await this.benefits.stoppedBy(deathRecordId);
    const writes = stopped.flatMap(({ benefit, stoppedOn }) => {
      const expectedVersion = benefit.version;
      if (!benefit.reinstate(stoppedOn, `death record ${deathRecordId} revoked: ${reason}`.slice(0, 1000))) return [];
      return [{ benefit, changes: benefit.pullChanges(), expectedVersion }];
    });
    await this.benefits.save(writes);
    await this.events.publish(writes.flatMap((w) => benefitEvents(w.benefit, w.changes)));
    return writes.length;
  }

  /** A corrected date of death moves the death's effect: undone, then applied on the new date. */
  async deathRedated(deathRecordId: string, citizenId: string, dateOfDeath: BusinessDate): Promise<void> {
    await this.deathRevoked(deathRecordId, `date of death corrected to ${dateOfDeath}`);
    await this.personDied(citizenId, dateOfDeath, deathRecordId);
  }
}
