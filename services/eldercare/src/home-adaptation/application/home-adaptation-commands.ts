import { BusinessDate, CitizenId, Clock, Money } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ELDER_PROGRAMMES, ElderProgrammes } from '../../waiting-list/application/elder-programmes';
import { HomeAdaptation, homeAdaptationNotFound } from '../domain/home-adaptation';
import { checkHomeAdaptationPolicy, HomeAdaptationPolicy, remainingLimit, subsidySharePercent } from '../domain/home-adaptation-policy';
import { HOME_ADAPTATION_REPOSITORY, HomeAdaptationRepository } from '../domain/home-adaptation.repository';

export interface ApplyCommand {
  citizenId: string;
  name: string;
  divisionCode: string;
  address: string;
  appliedOn: string;
}

export interface AssessAdaptationCommand {
  assessedOn: string;
  assessor: string;
  items: { item: string; cost: string }[];
  subsidy?: string;
}

/**
 * The use cases of 居家环境适老化改造: load, ask the aggregate, save with the version read. Each runs in
 * the command's transaction (@Command on the route); the limit is decided under the elder's lock.
 */
@Injectable()
export class HomeAdaptationCommands {
  constructor(
    @Inject(HOME_ADAPTATION_REPOSITORY) private readonly repository: HomeAdaptationRepository,
    @Inject(ELDER_PROGRAMMES) private readonly programmes: ElderProgrammes,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(input: ApplyCommand): Promise<HomeAdaptation> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    const applied = HomeAdaptation.apply({ ...input, id: randomUUID(), citizenId, appliedOn: BusinessDate.parse(input.appliedOn, 'appliedOn') }, this.today());
    await this.commit(applied, null);
    return applied;
  }

  async assess(id: string, input: AssessAdaptationCommand, ifMatch?: number): Promise<HomeAdaptation> {
    const subject = await this.load(id, ifMatch);
    const expected = subject.version;
    const committed = await this.repository.lockElderCommitted(subject.citizenId, subject.id);
    const policy = await this.repository.policy();
    const programmes = await this.programmes.of(subject.citizenId);
    subject.assess(
      {
        assessedOn: BusinessDate.parse(input.assessedOn, 'assessedOn'),
        assessor: input.assessor,
        items: input.items.map((i, n) => ({ item: i.item, cost: Money.parse(i.cost, `items[${n}].cost`) })),
        requestedSubsidy: input.subsidy === undefined ? null : Money.parse(input.subsidy, 'subsidy'),
      },
      { sharePercent: subsidySharePercent(policy, programmes), remaining: remainingLimit(policy, committed) },
      this.today(),
    );
    await this.commit(subject, expected);
    return subject;
  }

  async startWorks(id: string, input: { contractor: string; startedOn: string }, ifMatch?: number): Promise<HomeAdaptation> {
    return this.change(id, ifMatch, (s) =>
      s.startWorks({ contractor: input.contractor, startedOn: BusinessDate.parse(input.startedOn, 'startedOn') }, this.today()),
    );
  }

  async accept(id: string, input: { acceptedOn: string; actualCost: string }, ifMatch?: number): Promise<HomeAdaptation> {
    return this.change(id, ifMatch, (s) =>
      s.accept({ acceptedOn: BusinessDate.parse(input.acceptedOn, 'acceptedOn'), actualCost: Money.parse(input.actualCost, 'actualCost') }, this.today()),
    );
  }

  async close(id: string, input: { reason: string }, ifMatch?: number): Promise<HomeAdaptation> {
    return this.change(id, ifMatch, (s) => s.close(input.reason));
  }

  async setPolicy(policy: HomeAdaptationPolicy): Promise<HomeAdaptationPolicy> {
    const checked = checkHomeAdaptationPolicy(policy);
    await this.repository.setPolicy(checked, recordedBy());
    return checked;
  }

  private async change(id: string, ifMatch: number | undefined, act: (subject: HomeAdaptation) => void): Promise<HomeAdaptation> {
    const subject = await this.load(id, ifMatch);
    const expected = subject.version;
    act(subject);
    await this.commit(subject, expected);
    return subject;
  }

  private async load(id: string, ifMatch: number | undefined): Promise<HomeAdaptation> {
    const subject = await this.repository.find(id, { forUpdate: true });
    if (!subject) throw homeAdaptationNotFound(id);
    if (ifMatch !== undefined && ifMatch !== subject.version) throw new StaleVersionError(subject.version);
    return subject;
  }

  private async commit(subject: HomeAdaptation, expectedVersion: number | null): Promise<void> {
    subject.pullChanges();
    await this.repository.save(subject, expectedVersion);
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
