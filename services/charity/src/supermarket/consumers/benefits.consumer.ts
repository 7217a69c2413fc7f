import { BenefitGranted, BenefitGrantedV1, BenefitStatusChangedV1, BenefitTerminated } from '@civic/contracts';
import { EventConsumerGroup, OnEvents } from '@civic/platform';
import { EligibilityFromBenefits } from '../application/eligibility-from-benefits';

/** Consumer `charity.benefits`: 低保/特困 benefits granted and terminated in assistance, a run of events at a time (through the inbox: once). */
@EventConsumerGroup('benefits')
export class BenefitsConsumer {
  constructor(private readonly eligibility: EligibilityFromBenefits) {}

  @OnEvents(BenefitGranted)
  async granted(benefits: BenefitGrantedV1[]): Promise<void> {
    await this.eligibility.granted(benefits);
  }

  @OnEvents(BenefitTerminated)
  async terminated(benefits: BenefitStatusChangedV1[]): Promise<void> {
    await this.eligibility.terminated(benefits);
  }
}
