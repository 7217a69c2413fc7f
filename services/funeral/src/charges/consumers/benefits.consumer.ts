import { BenefitGranted, BenefitGrantedV1, BenefitResumed, BenefitStatusChangedV1, BenefitSuspended, BenefitTerminated } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { ChargesCommands } from '../application/charges-commands';

/** Consumer `funeral.benefits`: keeps who qualifies for the basic-service waiver (惠民) from assistance's benefit events. */
@EventConsumerGroup('benefits')
export class BenefitsConsumer {
  constructor(private readonly charges: ChargesCommands) {}

  @OnEvent(BenefitGranted)
  async granted(b: BenefitGrantedV1): Promise<void> {
    await this.charges.benefitGranted({ benefitId: b.benefitId, programme: b.programme, citizenIds: b.memberCitizenIds, since: b.startsOn });
  }

  @OnEvent(BenefitSuspended)
  async suspended(b: BenefitStatusChangedV1): Promise<void> {
    await this.charges.benefitSuspended(b.benefitId, b.effectiveOn);
  }

  @OnEvent(BenefitResumed)
  async resumed(b: BenefitStatusChangedV1): Promise<void> {
    await this.charges.benefitResumed(b.benefitId, b.effectiveOn);
  }

  @OnEvent(BenefitTerminated)
  async terminated(b: BenefitStatusChangedV1): Promise<void> {
    await this.charges.benefitTerminated(b.benefitId, b.effectiveOn);
  }
}
