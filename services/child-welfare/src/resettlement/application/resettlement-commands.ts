import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ChildCommands } from '../../child/application/child-commands';
import { ADULT_AGE } from '../../child/domain/child-rules';
import { ResettlementPlan, resettlementPlanNotFound } from '../domain/resettlement-plan';
import { RESETTLEMENT_PLAN_REPOSITORY, ResettlementPlanRepository } from '../domain/resettlement-plan.repository';

/** 成年孤儿安置: the daily step that resettles orphans turning 18, and the plan's own use cases. */
@Injectable()
export class ResettlementCommands {
  constructor(
    @Inject(RESETTLEMENT_PLAN_REPOSITORY) private readonly plans: ResettlementPlanRepository,
    private readonly children: ChildCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Those who are 18 today or were before: the record closes as adult (its allowance stops with it) and a plan opens, once. */
  async dueToday(limit: number): Promise<{ childId: string; citizenId: string }[]> {
    // A day of slack in SQL for 29 February birthdays; the kernel's age count decides.
    const today = this.today();
    const candidates = await this.plans.turningAdult(
      today
        .addMonths(-12 * ADULT_AGE)
        .addDays(1)
        .toString(),
      limit,
    );
    return candidates.filter((c) => CitizenId.parse(c.citizenId).birthDate.fullYearsUntil(today) >= ADULT_AGE);
  }

  async resettle(citizenId: string): Promise<boolean> {
    const adultOn = CitizenId.parse(citizenId).birthDate.addMonths(12 * ADULT_AGE);
    const child = await this.children.closeOnEvent(citizenId, 'adult', adultOn);
    if (!child) return false;
    return this.plans.addOnce(ResettlementPlan.open({ id: randomUUID(), childId: child.id, divisionCode: child.divisionCode, adultOn }));
  }

  async plan(id: string, input: { tracks: string[]; measures: string }, ifMatch?: number): Promise<ResettlementPlan> {
    return this.change(id, ifMatch, (p) => p.plan(input));
  }

  async followUp(id: string, input: { on: string; notes: string }, ifMatch?: number): Promise<ResettlementPlan> {
    return this.change(id, ifMatch, (p) => p.followUp({ on: BusinessDate.parse(input.on, 'on'), notes: input.notes }, this.today()));
  }

  async close(id: string, input: { closedOn: string; reason: string }, ifMatch?: number): Promise<ResettlementPlan> {
    return this.change(id, ifMatch, (p) => p.close({ closedOn: BusinessDate.parse(input.closedOn, 'closedOn'), reason: input.reason }, this.today()));
  }

  private async change(id: string, ifMatch: number | undefined, act: (plan: ResettlementPlan) => void): Promise<ResettlementPlan> {
    const plan = await this.plans.find(id, { forUpdate: true });
    if (!plan) throw resettlementPlanNotFound(id);
    if (ifMatch !== undefined && ifMatch !== plan.version) throw new StaleVersionError(plan.version);
    const expected = plan.version;
    act(plan);
    await this.plans.save(plan, expected);
    return plan;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
