import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import type { CloudEvent, Subscription } from '@civic/messaging';
import { EventSubscriber } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ChargesStore } from '../persistence/charges.store';

/** Consumer `funeral.benefits`: keeps who qualifies for the basic-service waiver (惠民) from assistance's benefit events. */
@Injectable()
export class BenefitsSubscriber implements EventSubscriber {
  readonly consumerName = 'benefits';

  constructor(private readonly store: ChargesStore) {}

  subscriptions(): Subscription[] {
    return [
      { contract: BenefitGranted, handle: (e: CloudEvent<BenefitGrantedV1>, tx) => this.store.benefitGranted(tx, { benefitId: e.data.benefitId, programme: e.data.programme, citizenIds: e.data.memberCitizenIds, since: e.data.startsOn }) },
      // A benefit terminated from a date covered its people until the day before.
      { contract: BenefitTerminated, handle: (e: CloudEvent<BenefitStatusChangedV1>, tx) => this.store.benefitEnded(tx, e.data.benefitId, BusinessDate.parse(e.data.effectiveOn).addDays(-1).toString()) },
    ];
  }
}
