import { DeathRegistered, DeathRegisteredV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import type { CloudEvent, Subscription } from '@civic/messaging';
import { EventSubscriber, systemActor, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BenefitLifeEvents } from '../application/benefit-life-events';

/** Consumer `assistance.benefit-life-events`: in the inbox transaction, so a redelivered death changes nothing twice. */
@Injectable()
export class BenefitLifeEventsSubscriber implements EventSubscriber {
  readonly consumerName = 'benefit-life-events';

  constructor(
    private readonly lifeEvents: BenefitLifeEvents,
    private readonly uow: UnitOfWork,
  ) {}

  subscriptions(): Subscription[] {
    return [{ contract: DeathRegistered, handle: (e: CloudEvent<DeathRegisteredV1>, tx) => this.died(e, tx) }];
  }

  private async died(event: CloudEvent<DeathRegisteredV1>, tx: EntityManager): Promise<void> {
    await this.uow.run(() => this.lifeEvents.personDied(event.data.citizenId, BusinessDate.parse(event.data.dateOfDeath), event.data.deathRecordId), { actor: systemActor('life-events'), within: tx, requestId: event.id });
  }
}
