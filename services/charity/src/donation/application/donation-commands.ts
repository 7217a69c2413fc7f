import { DonationReceived } from '@civic/contracts';
import { BusinessDate, Clock, notInFuture } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { fundraisingPlanUnknown } from '../../fundraising-plan/domain/fundraising-plan';
import { FUNDRAISING_PLAN_REPOSITORY, FundraisingPlanRepository } from '../../fundraising-plan/domain/fundraising-plan.repository';
import { organisationUnknown } from '../../organisation/domain/organisation';
import { ORGANISATION_REPOSITORY, OrganisationRepository } from '../../organisation/domain/organisation.repository';
import { DonatedGoods, Donation, DonorKind } from '../domain/donation';
import { DONATION_REPOSITORY, DonationRepository } from '../domain/donation.repository';

/** 接收捐赠: a donation with its gapless receipt number, published as received. */
@Injectable()
export class DonationCommands {
  constructor(
    @Inject(DONATION_REPOSITORY) private readonly donations: DonationRepository,
    @Inject(ORGANISATION_REPOSITORY) private readonly organisations: OrganisationRepository,
    @Inject(FUNDRAISING_PLAN_REPOSITORY) private readonly plans: FundraisingPlanRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async receive(input: {
    organisationId: string;
    planId?: string | null;
    donorName?: string | null;
    donorKind: DonorKind;
    kind: 'money' | 'goods';
    value: string;
    goods?: DonatedGoods | null;
    receivedOn: string;
  }): Promise<Donation> {
    const receivedOn = BusinessDate.parse(input.receivedOn, 'receivedOn');
    notInFuture(receivedOn, BusinessDate.today(this.clock), 'receivedOn', 'DONATION');
    const organisation = await this.organisations.find(input.organisationId);
    if (!organisation) throw organisationUnknown(input.organisationId);
    const plan = input.planId ? await this.plans.find(input.planId) : null;
    if (input.planId && !plan) throw fundraisingPlanUnknown(input.planId);
    const donation = Donation.receive({
      ...input,
      id: randomUUID(),
      organisation: organisation.snapshot(),
      plan: plan && { id: plan.id, organisationId: plan.snapshot().organisationId, runsOn: (day) => plan.runsOn(day) },
      donorName: input.donorName ?? null,
      goods: input.goods ?? null,
      receivedOn,
    });
    await this.donations.add(donation, recordedBy());
    const s = donation.snapshot();
    await this.events.publish([
      {
        contract: DonationReceived,
        subject: s.organisationId,
        data: {
          donationId: s.id,
          organisationId: s.organisationId,
          planId: s.planId,
          receiptNo: s.receiptNo!,
          kind: s.kind,
          value: s.value.toString(),
          receivedOn: s.receivedOn.toString(),
        },
      },
    ]);
    return donation;
  }
}
