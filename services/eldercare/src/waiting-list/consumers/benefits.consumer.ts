import { BenefitGranted, BenefitGrantedV1, BenefitResumed, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { WaitingListCommands } from '../application/waiting-list-commands';

/** Consumer `eldercare.benefits`: 特困/低保 from assistance's benefit events move elders up (or back down) the line. */
@EventConsumerGroup('benefits')
export class BenefitsConsumer {
  constructor(private readonly line: WaitingListCommands) {}

  @OnEvent(BenefitGranted)
  async granted(b: BenefitGrantedV1): Promise<void> {
    await this.line.benefitChanged(b.memberCitizenIds, b.benefitId, b.programme, true);
  }

  @OnEvent(BenefitResumed)
  async resumed(b: BenefitStatusChangedV1): Promise<void> {
    await this.line.benefitChanged(b.memberCitizenIds, b.benefitId, b.programme, true);
  }

  // A suspension is a pause pending re-verification: the elder keeps their place until it ends.
  @OnEvent(BenefitTerminated)
  async terminated(b: BenefitStatusChangedV1): Promise<void> {
    await this.line.benefitChanged(b.memberCitizenIds, b.benefitId, b.programme, false);
  }
}
