import { BusinessDate, Clock, notInFuture } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InspectionResult } from '../domain/annual-inspection';
import { AuthorityLevel, Organisation, organisationNotFound, RegisteredItems } from '../domain/organisation';
import { OrganisationKind } from '../domain/organisation-kind';
import { ORGANISATION_REPOSITORY, OrganisationRepository } from '../domain/organisation.repository';
import { organisationIntegrationEvents } from './organisation-integration-events';
import { FUNDRAISING_RULES, FundraisingRules } from './fundraising-rules';

/** 登记管理: the use cases of a social organisation, each in the command's transaction with its history and events. */
@Injectable()
export class OrganisationCommands {
  constructor(
    @Inject(ORGANISATION_REPOSITORY) private readonly organisations: OrganisationRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FUNDRAISING_RULES) private readonly fundraising: FundraisingRules,
  ) {}

  async register(
    input: RegisteredItems & {
      uscc: string;
      kind: OrganisationKind;
      authorityLevel: AuthorityLevel;
      registeredCapital?: string | null;
      registeredOn: string;
    },
  ): Promise<Organisation> {
    await this.divisions.requireActive(input.domicileDivisionCode, 'domicileDivisionCode');
    const organisation = Organisation.register({
      ...input,
      id: randomUUID(),
      registeredCapital: input.registeredCapital ?? null,
      registeredOn: this.pastDate(input.registeredOn, 'registeredOn'),
    });
    await this.commit(organisation, null);
    return organisation;
  }

  async change(id: string, input: Partial<RegisteredItems> & { changedOn: string }, ifMatch?: number): Promise<Organisation> {
    if (input.domicileDivisionCode) await this.divisions.requireActive(input.domicileDivisionCode, 'domicileDivisionCode');
    const on = this.pastDate(input.changedOn, 'changedOn');
    return this.act(id, ifMatch, (o) => o.change(input, on));
  }

  deregister(id: string, input: { reason: string; deregisteredOn: string }, ifMatch?: number): Promise<Organisation> {
    const on = this.pastDate(input.deregisteredOn, 'deregisteredOn');
    return this.act(id, ifMatch, (o) => o.deregister(input.reason, on));
  }

  grade(id: string, input: { grade: string; gradedOn: string }, ifMatch?: number): Promise<Organisation> {
    const on = this.pastDate(input.gradedOn, 'gradedOn');
    return this.act(id, ifMatch, (o) => o.grade(input.grade, on));
  }

  inspect(id: string, input: { year: number; result: InspectionResult; activityCount: number; submittedOn: string }): Promise<Organisation> {
    const on = this.pastDate(input.submittedOn, 'submittedOn');
    return this.act(id, undefined, (o) => o.inspect(input.year, input.result, input.activityCount, on));
  }

  clearDormancy(id: string, input: { reason: string }, ifMatch?: number): Promise<Organisation> {
    return this.act(id, ifMatch, (o) => o.clearDormancy(input.reason, this.today()));
  }

  recogniseAsCharity(id: string, input: { recognisedOn: string }, ifMatch?: number): Promise<Organisation> {
    const on = this.pastDate(input.recognisedOn, 'recognisedOn');
    return this.act(id, ifMatch, (o) => o.recogniseAsCharity(on));
  }

  qualifyForPublicFundraising(id: string, input: { qualifiedOn: string }, ifMatch?: number): Promise<Organisation> {
    const on = this.pastDate(input.qualifiedOn, 'qualifiedOn');
    return this.act(id, ifMatch, (o) => o.qualifyForPublicFundraising(on, this.fundraising.minimumYearsRegistered));
  }

  /** The dormancy review's flag on one organisation, in the job's own transaction; false when it was flagged meanwhile. */
  async flagDormant(id: string, inactiveYears: number[]): Promise<boolean> {
    const organisation = await this.organisations.find(id, { forUpdate: true });
    if (!organisation || organisation.snapshot().dormancy || organisation.snapshot().status !== 'registered') return false;
    const expected = organisation.version;
    organisation.flagDormant(inactiveYears, this.today());
    await this.commit(organisation, expected);
    return true;
  }

  private async act(id: string, ifMatch: number | undefined, act: (o: Organisation) => void): Promise<Organisation> {
    const organisation = await this.organisations.find(id, { forUpdate: true });
    if (!organisation) throw organisationNotFound(id);
    if (ifMatch !== undefined && ifMatch !== organisation.version) throw new StaleVersionError(organisation.version);
    const expected = organisation.version;
    act(organisation);
    await this.commit(organisation, expected);
    return organisation;
  }

  private async commit(organisation: Organisation, expectedVersion: number | null): Promise<void> {
    const changes = organisation.pullChanges();
    await this.organisations.save(organisation, expectedVersion, changes, recordedBy());
    await this.events.publish(organisationIntegrationEvents(organisation, changes));
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, this.today(), field, 'ORGANISATION');
    return date;
  }
}
