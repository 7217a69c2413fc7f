import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { EventConsumerGroup, OnEvents } from '@civic/platform';
import { AutomaticTagging } from '../application/automatic-tagging';
import { benefitDecisions } from '../domain/automatic-tags';

/** Consumer `community.benefits`: assistance's 低保 and 特困 benefits tag and untag the members covered, a run of events at a time. */
@EventConsumerGroup('benefits')
export class BenefitsConsumer {
  constructor(private readonly tagging: AutomaticTagging) {}

  @OnEvents(BenefitGranted)
  async granted(benefits: BenefitGrantedV1[]): Promise<void> {
    await this.tagging.apply(
      benefits.flatMap((b) => benefitDecisions(b, 'granted', `救助待遇自 ${b.startsOn} 起`)),
      'assistance',
    );
  }

  @OnEvents(BenefitTerminated)
  async terminated(benefits: BenefitStatusChangedV1[]): Promise<void> {
    await this.tagging.apply(
      benefits.flatMap((b) => benefitDecisions(b, 'terminated', `救助待遇终止: ${b.reason}`)),
      'assistance',
    );
  }
}
