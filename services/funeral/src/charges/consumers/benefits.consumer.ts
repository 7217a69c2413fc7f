import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { EventConsumerGroup, InboxContext, OnEvent } from '@civic/platform';
import { Ctx } from '@nestjs/microservices';
import { ChargesStore } from '../persistence/charges.store';

/** Consumer `funeral.benefits`: keeps who qualifies for the basic-service waiver (惠民) from assistance's benefit events. */
@EventConsumerGroup('benefits')
export class BenefitsConsumer {
  constructor(private readonly store: ChargesStore) {}

  @OnEvent(BenefitGranted)
  async granted(b: BenefitGrantedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.store.benefitGranted(inbox.transaction, { benefitId: b.benefitId, programme: b.programme, citizenIds: b.memberCitizenIds, since: b.startsOn });
  }

  /** A benefit terminated from a date covered its people until the day before. */
  @OnEvent(BenefitTerminated)
  async terminated(b: BenefitStatusChangedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.store.benefitEnded(inbox.transaction, b.benefitId, BusinessDate.parse(b.effectiveOn).addDays(-1).toString());
  }
}
