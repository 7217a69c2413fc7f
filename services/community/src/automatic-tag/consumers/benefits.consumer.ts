import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { AutomaticTagging } from '../application/automatic-tagging';
import { benefitDecisions } from '../domain/automatic-tags';

/** Consumer `community.benefits`: assistance's 低保 and 特困 benefits tag and untag the members covered. */
@EventConsumerGroup('benefits')
export class BenefitsConsumer {
  constructor(private readonly tagging: AutomaticTagging) {}

  @OnEvent(BenefitGranted)
  async granted(b: BenefitGrantedV1): Promise<void> {
    await this.tagging.apply(benefitDecisions(b, 'granted', `救助待遇自 ${b.startsOn} 起`), 'assistance');
  }

  @OnEvent(BenefitTerminated)
  async terminated(b: BenefitStatusChangedV1): Promise<void> {
    await this.tagging.apply(benefitDecisions(b, 'terminated', `救助待遇终止: ${b.reason}`), 'assistance');
  }
}
