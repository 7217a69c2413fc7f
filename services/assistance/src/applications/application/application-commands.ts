import { BusinessDate, Clock, DomainError, Money } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy, requestContext, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BenefitCommands } from '../../benefit/application/benefit-commands';
import { benefitEvents } from '../../benefit/application/benefit-integration-events';
import { Benefit } from '../../benefit/domain/benefit';
import { BENEFIT_REPOSITORY, BenefitRepository } from '../../benefit/domain/benefit.repository';
import { Household } from '../../household/domain/household';
import { HOUSEHOLD_REPOSITORY, HouseholdRepository } from '../../household/domain/household.repository';
import { benefitAmount } from '../../programme/domain/benefit-amount';
import { unmetConditions } from '../../programme/domain/eligibility';
import { Programme } from '../../programme/domain/programme';
import { exclusiveGrant } from '../../programme/domain/programme-exclusion';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../../programme/domain/programme.repository';
import { APPLICATION_REPOSITORY, ApplicationRepository } from '../domain/application.repository';
import { AssistanceApplication, LegalSupporter } from '../domain/assistance-application';
import { Objection, resolveObjection } from '../domain/objection';
import { applicationEvents } from './application-integration-events';
import { checkVerifiedMembers, meansTestFacts } from './means-test';

export interface VerificationInput {
  members: { citizenId: string; monthlyIncome: string; assets: string }[];
  monthlyEssentialSpending?: string;
  legalSupporters?: LegalSupporter[];
  note?: string;
}

export interface DecisionInput {
  outcome: 'granted' | 'rejected';
  reason: string;
  /** First month paid; defaults to the month after the decision. */
  startsOn?: string;
  /** One-off payments (临时救助): the amount decided. */
  amount?: string;
}

/** The lifecycle of an application, from submission to decision and appeal. Each runs in the command transaction. */
@Injectable()
export class ApplicationCommands {
  constructor(
    @Inject(APPLICATION_REPOSITORY) private readonly applications: ApplicationRepository,
    @Inject(HOUSEHOLD_REPOSITORY) private readonly households: HouseholdRepository,
    @Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository,
    @Inject(BENEFIT_REPOSITORY) private readonly benefits: BenefitRepository,
    private readonly benefitCommands: BenefitCommands,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(input: { householdId: string; programme: string; requestedAmount?: string }): Promise<AssistanceApplication> {
    const { programme, household, openApplicationId, openBenefitId } = await this.applications.submissionContext(input.householdId, input.programme);
    if (!programme)
      throw new DomainError('PROGRAMME.UNKNOWN', `programme must be a known programme code, not ${JSON.stringify(input.programme)}`, 'invalid', 'programme');
    if (!household) throw new DomainError('HOUSEHOLD.UNKNOWN', `householdId ${input.householdId} is not a registered household`, 'invalid', 'householdId');
    household.mustBeClearForApplication();
    if (openApplicationId)
      throw new DomainError(
        'APPLICATION.ALREADY_OPEN',
        `application ${openApplicationId} for ${programme.code} is still being handled for this household`,
        'conflict',
        'householdId',
      );
    if (programme.oneActivePerHousehold && openBenefitId) {
      throw new DomainError(
        'BENEFIT.ALREADY_ACTIVE',
        `the household already has an open ${programme.code} benefit ${openBenefitId}`,
        'conflict',
        'householdId',
      );
    }
    const application = AssistanceApplication.submit({
      id: randomUUID(),
      householdId: household.id,
      programme: programme.code,
      divisionCode: household.divisionCode,
      channel: requestContext.current()?.actor?.system ?? 'unknown',
      requestedAmount: input.requestedAmount ? Money.parse(input.requestedAmount, 'requestedAmount') : null,
      now: this.clock.now(),
      today: this.today(),
      limits: programme.stageLimitDays,
    });
    await this.commit(application, null);
    return application;
  }

  async startVerification(id: string, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, (a) => a.startVerification(this.today()));
  }

  async recordVerification(id: string, input: VerificationInput, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, async (a) => {
      const household = await this.householdOf(a);
      checkVerifiedMembers(
        household,
        input.members.map((m) => m.citizenId),
      );
      const amounts = input.members.map((m, i) => ({
        citizenId: m.citizenId.toUpperCase(),
        monthlyIncome: Money.parse(m.monthlyIncome, `members[${i}].monthlyIncome`).toString(),
        assets: Money.parse(m.assets, `members[${i}].assets`).toString(),
      }));
      a.recordVerification(
        {
          verifiedBy: recordedBy(),
          verifiedOn: this.today().toString(),
          members: amounts,
          monthlyEssentialSpending: Money.parse(input.monthlyEssentialSpending ?? '0', 'monthlyEssentialSpending').toString(),
          legalSupporters: input.legalSupporters?.map((l) => ({ name: l.name.trim(), relation: l.relation, ableToSupport: l.ableToSupport })) ?? null,
          note: input.note ?? null,
        },
        this.today(),
      );
    });
  }

  async completeCommunityReview(id: string, input: { recommendation: 'grant' | 'reject'; opinion: string }, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, (a) => a.completeCommunityReview({ reviewedBy: recordedBy(), reviewedOn: this.today().toString(), ...input }, this.today()));
  }

  async raiseObjection(id: string, input: { raisedBy: string; grounds: string }, kind: Objection['kind']): Promise<Objection> {
    const application = await this.load(id);
    if (kind === 'objection') application.acceptObjection();
    else application.acceptAppeal();
    const objection: Objection = {
      id: randomUUID(),
      applicationId: id,
      kind,
      status: 'open',
      raisedBy: input.raisedBy,
      grounds: input.grounds,
      resolution: null,
    };
    await this.applications.addObjection(objection);
    return objection;
  }

  async resolveObjection(
    id: string,
    objectionId: string,
    input: { upheld: boolean; resolution: string },
  ): Promise<{ application: AssistanceApplication; objection: Objection }> {
    const application = await this.load(id);
    const found = await this.applications.findObjection(id, objectionId);
    if (!found) throw new DomainError('OBJECTION.NOT_FOUND', `no objection or appeal ${objectionId} on application ${id}`, 'not-found');
    const objection = resolveObjection(found, input.upheld, input.resolution);
    await this.applications.updateObjection(objection, recordedBy());
    const expected = application.version;
    const stillOpen = await this.applications.countOpenObjections(id, found.kind);
    if (found.kind === 'objection') {
      // Only the last open objection decides what happens to the notice; an upheld one always sends it back.
      if (input.upheld || stillOpen === 0) application.objectionResolved(input.upheld, objection.resolution!, this.today());
    } else {
      application.appealResolved(input.upheld, objection.resolution!, this.today());
    }
    if (application.version !== expected) await this.commit(application, expected);
    return { application, objection };
  }

  async decide(id: string, input: DecisionInput, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, async (a) => {
      const today = this.today();
      a.decide(
        { outcome: input.outcome, reason: input.reason, decidedBy: recordedBy(), decidedOn: today.toString() },
        today,
        await this.applications.countOpenObjections(a.id, 'objection'),
      );
      if (input.outcome === 'granted') a.linkBenefit(await this.grant(a, input, today));
    });
  }

  /** 先行救助: granted now, paid from this month, reviewed after (see AssistanceApplication.grantInEmergency). */
  async grantInEmergency(id: string, input: { reason: string; amount: string }, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, async (a) => {
      const today = this.today();
      const programme = await this.programmes.require(a.snapshot().programme);
      a.grantInEmergency(
        { outcome: 'granted', reason: input.reason, decidedBy: recordedBy(), decidedOn: today.toString() },
        today,
        programme.emergencyReviewWorkingDays,
      );
      a.linkBenefit(await this.grant(a, { outcome: 'granted', reason: input.reason, amount: input.amount, startsOn: today.firstOfMonth().toString() }, today));
    });
  }

  /** 事后补审: a revoked emergency grant ends its benefit from its start; the next payment run recovers what was paid. */
  async completePostReview(id: string, input: { outcome: 'confirmed' | 'revoked'; reason: string }, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, async (a) => {
      a.completePostReview(input.outcome, input.reason, recordedBy(), this.today());
      const benefitId = a.snapshot().benefitId;
      if (input.outcome === 'revoked' && benefitId) {
        const benefit = await this.benefits.find(benefitId, { forUpdate: true });
        if (benefit && benefit.status !== 'terminated')
          await this.benefitCommands.changeEach([benefit], (b) => b.terminate(b.snapshot().startsOn, `补审撤销先行救助: ${input.reason}`.slice(0, 1000)));
      }
    });
  }

  async withdraw(id: string, reason: string, ifMatch?: number): Promise<AssistanceApplication> {
    return this.step(id, ifMatch, (a) => a.withdraw(reason, this.today()));
  }

  /** 批准: the means test on the verified facts, then the benefit with its amount. */
  private async grant(application: AssistanceApplication, input: DecisionInput, today: BusinessDate): Promise<string> {
    const s = application.snapshot();
    const programme = await this.programmes.require(s.programme);
    const household = await this.householdOf(application);
    const startsOn = input.startsOn ? BusinessDate.parse(input.startsOn, 'startsOn') : today.addMonths(1).firstOfMonth();
    const standard = (await this.programmes.standards(programme.code)).amountOn(startsOn);
    const facts = meansTestFacts(household, s.verification, startsOn, standard);
    const unmet = unmetConditions(programme.eligibility, facts);
    if (unmet.length) throw new DomainError('APPLICATION.NOT_ELIGIBLE', `the household does not qualify for ${programme.code}: ${unmet.join('; ')}`, 'rule');
    const decided = input.amount ? Money.parse(input.amount, 'amount') : (s.requestedAmount ?? undefined);
    const { amount, recipients } = benefitAmount(programme.amountRule, {
      members: facts.members,
      totalIncome: facts.totalIncome,
      essentialSpending: facts.monthlyEssentialSpending,
      standard,
      decidedAmount: decided,
    });
    const benefit = Benefit.grant({
      id: randomUUID(),
      householdId: household.id,
      applicationId: s.id,
      programme: programme.code,
      divisionCode: household.divisionCode,
      exclusive: programme.oneActivePerHousehold,
      exclusionGroup: programme.exclusion?.group ?? null,
      monthlyAmount: amount,
      recipients,
      memberCitizenIds: facts.members.map((m) => m.citizenId.value),
      basis: {
        perCapitaIncome: facts.perCapitaIncome.toString(),
        totalIncome: facts.totalIncome.toString(),
        ...(programme.amountRule.kind === 'gap-after-essential-spending' ? { essentialSpending: facts.monthlyEssentialSpending.toString() } : {}),
        rule: programme.amountRule.kind,
        standard: standard?.toString() ?? null,
      },
      startsOn,
      // A one-off payment is paid in its first month only.
      endsOn: programme.amountRule.kind === 'one-off' ? startsOn.addMonths(1).addDays(-1) : null,
    });
    await this.replaceHeldProgrammes(programme, household.id, startsOn);
    const changes = benefit.pullChanges();
    await this.benefits.save([{ benefit, changes, expectedVersion: null }]);
    await this.events.publish(benefitEvents(benefit, changes));
    return benefit.id;
  }

  /**
   * 低保/特困/支出型 one at a time: a benefit of lower precedence ends where the new one starts (转类);
   * one of the same or higher precedence refuses the grant (`exclusiveGrant`).
   */
  private async replaceHeldProgrammes(programme: Programme, householdId: string, startsOn: BusinessDate): Promise<void> {
    if (!programme.exclusion) return;
    const held = await this.benefits.openInGroup(householdId, programme.exclusion.group);
    if (held.length === 0) return;
    const precedence = new Map((await this.programmes.all()).map((p) => [p.code, p.exclusion?.precedence ?? Number.MAX_SAFE_INTEGER]));
    const { replaces } = exclusiveGrant(
      programme,
      held.map((b) => ({ benefitId: b.id, programme: b.snapshot().programme, precedence: precedence.get(b.snapshot().programme) ?? Number.MAX_SAFE_INTEGER })),
    );
    const ended = held.filter((b) => replaces.some((r) => r.benefitId === b.id));
    // Ended before the new benefit is written: the group's unique key allows one open benefit.
    await this.benefitCommands.changeEach(ended, (benefit) => benefit.terminate(startsOn, `转为${programme.nameZh} (${programme.code})`));
  }

  private async step(id: string, ifMatch: number | undefined, change: (a: AssistanceApplication) => void | Promise<void>): Promise<AssistanceApplication> {
    const application = await this.load(id);
    if (ifMatch !== undefined && ifMatch !== application.version) throw new StaleVersionError(application.version);
    const expected = application.version;
    await change(application);
    await this.commit(application, expected);
    return application;
  }

  private async load(id: string): Promise<AssistanceApplication> {
    const application = await this.applications.find(id, { forUpdate: true });
    if (!application) throw new DomainError('APPLICATION.NOT_FOUND', `no application ${id}`, 'not-found');
    return application;
  }

  private async householdOf(application: AssistanceApplication): Promise<Household> {
    const household = await this.households.find(application.snapshot().householdId);
    if (!household) throw new Error(`application ${application.id} refers to a missing household`);
    return household;
  }

  private async commit(application: AssistanceApplication, expectedVersion: number | null): Promise<void> {
    const transitions = application.pullTransitions();
    await this.applications.save(application, transitions, expectedVersion);
    await this.events.publish(applicationEvents(application, transitions, this.clock.now()));
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
