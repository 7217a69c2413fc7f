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
}
