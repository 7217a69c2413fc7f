import { BusinessDate, DomainError } from '@civic/domain-kernel';
import { EventPublisher, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Benefit } from '../domain/benefit';
import { BENEFIT_REPOSITORY, BenefitRepository } from '../domain/benefit.repository';
import { benefitEvents } from './benefit-integration-events';

type StatusChange = 'suspend' | 'resume' | 'terminate';

/** Suspension (暂停), resumption (恢复) and termination (终止) of a granted benefit. */
@Injectable()
export class BenefitCommands {
  constructor(
    @Inject(BENEFIT_REPOSITORY) private readonly benefits: BenefitRepository,
    private readonly events: EventPublisher,
  ) {}

  async change(id: string, change: StatusChange, input: { effectiveOn: string; reason: string }, ifMatch?: number): Promise<Benefit> {
    const benefit = await this.benefits.find(id, { forUpdate: true });
    if (!benefit) throw new DomainError('BENEFIT.NOT_FOUND', `no benefit ${id}`, 'not-found');
    if (ifMatch !== undefined && ifMatch !== benefit.version) throw new StaleVersionError(benefit.version);
    const expectedVersion = benefit.version;
    const effectiveOn = BusinessDate.parse(input.effectiveOn, 'effectiveOn');
    benefit[change](effectiveOn, input.reason);
    const changes = benefit.pullChanges();
    await this.benefits.save([{ benefit, changes, expectedVersion }]);
    await this.events.publish(benefitEvents(benefit, changes));
    return benefit;
  }

  /**
   * Applies a change to benefits another use case decided on (ended by a dissolution, replaced by a
   * programme of higher precedence, re-priced by a member change), stores those it changed over the
   * versions read and publishes their events.
   */
  async changeEach(benefits: readonly Benefit[], apply: (benefit: Benefit) => void): Promise<void> {
    const writes = benefits
      .map((benefit) => {
        const expectedVersion = benefit.version;
        apply(benefit);
        return { benefit, changes: benefit.pullChanges(), expectedVersion };
      })
      .filter((w) => w.changes.length > 0);
    await this.benefits.save(writes);
    await this.events.publish(writes.flatMap((w) => benefitEvents(w.benefit, w.changes)));
  }
}
