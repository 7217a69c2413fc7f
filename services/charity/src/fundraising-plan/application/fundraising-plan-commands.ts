import { FundraisingPlanFiled } from '@civic/contracts';
import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { organisationUnknown } from '../../organisation/domain/organisation';
import { ORGANISATION_REPOSITORY, OrganisationRepository } from '../../organisation/domain/organisation.repository';
import { FundraisingPlan } from '../domain/fundraising-plan';
import { FUNDRAISING_PLAN_REPOSITORY, FundraisingPlanRepository } from '../domain/fundraising-plan.repository';

/** 募捐方案备案: file a plan for a qualified charity, published as it is filed. */
@Injectable()
export class FundraisingPlanCommands {
  constructor(
    @Inject(FUNDRAISING_PLAN_REPOSITORY) private readonly plans: FundraisingPlanRepository,
    @Inject(ORGANISATION_REPOSITORY) private readonly organisations: OrganisationRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async file(input: { organisationId: string; title: string; purpose: string; startsOn: string; endsOn: string; target: string }): Promise<FundraisingPlan> {
    const organisation = await this.organisations.find(input.organisationId);
    if (!organisation) throw organisationUnknown(input.organisationId);
    const plan = FundraisingPlan.file({
      ...input,
      id: randomUUID(),
      organisation: organisation.snapshot(),
      startsOn: BusinessDate.parse(input.startsOn, 'startsOn'),
      endsOn: BusinessDate.parse(input.endsOn, 'endsOn'),
      filedOn: BusinessDate.today(this.clock),
    });
    await this.plans.add(plan, recordedBy());
    const s = plan.snapshot();
    await this.events.publish([
      {
        contract: FundraisingPlanFiled,
        subject: s.id,
        data: {
          planId: s.id,
          organisationId: s.organisationId,
          title: s.title,
          startsOn: s.startsOn.toString(),
          endsOn: s.endsOn.toString(),
          target: s.target.toString(),
          filedOn: s.filedOn.toString(),
        },
      },
    ]);
    return plan;
  }
}
