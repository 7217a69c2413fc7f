import { BusinessDate, CitizenId, Clock, DomainError, Money } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, recordInAudit, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BenefitCommands } from '../../benefit/application/benefit-commands';
import { BENEFIT_REPOSITORY, BenefitRepository } from '../../benefit/domain/benefit.repository';
import { endForDissolvedHousehold } from '../../benefit/domain/household-dissolution';
import { repriceForMemberChange } from '../../benefit/domain/member-change';
import { AmountRule } from '../../programme/domain/programme';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../../programme/domain/programme.repository';
import { screenDuplicates } from '../domain/duplicate-screening';
import { Household } from '../domain/household';
import { payeeAccount } from '../domain/payee-account';
import { HOUSEHOLD_CASELOAD, HouseholdCaseload } from '../domain/household-caseload';
import { HouseholdChange } from '../domain/household-change';
import { HouseholdMember, memberFrom, MemberInput } from '../domain/household-member';
import { HOUSEHOLD_REPOSITORY, HouseholdRepository } from '../domain/household.repository';

export interface RegisterHouseholdInput {
  divisionCode: string;
  address: string;
  members: MemberInput[];
}

/** The use cases that change households. Each runs inside the command transaction. */
@Injectable()
export class HouseholdCommands {
  constructor(
    @Inject(HOUSEHOLD_REPOSITORY) private readonly households: HouseholdRepository,
    private readonly divisions: DivisionDirectory,
    @Inject(BENEFIT_REPOSITORY) private readonly benefits: BenefitRepository,
    private readonly benefitCommands: BenefitCommands,
    @Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository,
    @Inject(HOUSEHOLD_CASELOAD) private readonly caseload: HouseholdCaseload,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** 建档: validates every member, screens for duplicates, and stores the household with its history. */
  async register(input: RegisterHouseholdInput): Promise<Household> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const members = this.membersFrom(input.members);
    const household = Household.register({ id: randomUUID(), divisionCode: input.divisionCode, address: input.address, members });
    household.flagForReview(await this.screen(members, input.divisionCode, household.id));
    await this.households.save(household, household.pullChanges(), null);
    return household;
  }

  async replaceMembers(id: string, input: { members: MemberInput[]; reason: string }, ifMatch?: number): Promise<Household> {
    const household = await this.load(id, ifMatch);
    const expected = household.version;
    const members = this.membersFrom(input.members);
    household.replaceMembers(members, input.reason);
    household.flagForReview(await this.screen(members, household.divisionCode, household.id));
    await this.commit(household, expected);
    await this.repriceBenefits(household, input.reason);
    return household;
  }

  /** Each open benefit re-priced from next month on the members now recorded, by its programme's rule. */
  private async repriceBenefits(household: Household, reason: string): Promise<void> {
    const open = await this.benefits.openOfHousehold(household.id);
    const today = BusinessDate.today(this.clock);
    const rules = new Map<string, { rule: AmountRule; standardOn: (day: BusinessDate) => Money | null }>();
    for (const benefit of open) {
      const code = benefit.snapshot().programme;
      if (rules.has(code)) continue;
      const schedule = await this.programmes.standards(code);
      rules.set(code, { rule: (await this.programmes.require(code)).amountRule, standardOn: (day) => schedule.amountOn(day) });
    }
    await this.benefitCommands.changeEach(open, (benefit) => {
      const { rule, standardOn } = rules.get(benefit.snapshot().programme)!;
      repriceForMemberChange(benefit, rule, household.members, standardOn, today, reason);
    });
  }

  async move(id: string, input: { divisionCode: string; address: string; reason: string }, ifMatch?: number): Promise<Household> {
    const household = await this.load(id, ifMatch);
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const expected = household.version;
    household.moveTo(input.divisionCode, input.address, input.reason);
    await this.commit(household, expected);
    // Its open cases follow it to the new district; the audit row names them.
    recordInAudit('rehomed', await this.caseload.rehome(household.id, household.divisionCode));
    return household;
  }

  async recordPayeeAccount(
    id: string,
    input: { payeeCitizenId: string; bankName: string; accountNumber: string; reason: string },
    ifMatch?: number,
  ): Promise<Household> {
    const account = payeeAccount({ ...input, payeeCitizenId: CitizenId.parse(input.payeeCitizenId, 'payeeCitizenId', this.clock).value });
    const household = await this.load(id, ifMatch);
    const expected = household.version;
    household.recordPayeeAccount(account, input.reason);
    await this.commit(household, expected);
    return household;
  }

  async clearReview(id: string, reason: string, ifMatch?: number): Promise<Household> {
    const household = await this.load(id, ifMatch);
    const expected = household.version;
    household.clearReview(reason);
    await this.commit(household, expected);
    return household;
  }

  async dissolve(id: string, reason: string, ifMatch?: number): Promise<Household> {
    const household = await this.load(id, ifMatch);
    const expected = household.version;
    household.dissolve(reason);
    await this.commit(household, expected);
    // Its benefits end with it (from next month), each with its event.
    const today = BusinessDate.today(this.clock);
    await this.benefitCommands.changeEach(await this.benefits.openOfHousehold(id), (benefit) => endForDissolvedHousehold(benefit, today, reason));
    return household;
  }

  private membersFrom(inputs: MemberInput[]): HouseholdMember[] {
    if (!Array.isArray(inputs)) throw new DomainError('HOUSEHOLD.MEMBER_COUNT', 'members must be a list', 'invalid', 'members');
    return inputs.map((m, i) => memberFrom(m, i, this.clock));
  }

  private async screen(members: HouseholdMember[], divisionCode: string, householdId: string): Promise<string[]> {
    const matchers = (await this.households.duplicateMatchers()).filter((m) => m.enabled);
    const matches = await this.households.findDuplicates(
      members,
      divisionCode,
      householdId,
      matchers.map((m) => m.kind),
    );
    return screenDuplicates(
      matchers,
      matches,
      members.map((m) => m.citizenId.value),
    ).reviewNotes;
  }

  private async load(id: string, ifMatch: number | undefined): Promise<Household> {
    const household = await this.households.find(id, { forUpdate: true });
    if (!household) throw new DomainError('HOUSEHOLD.NOT_FOUND', `no household ${id}`, 'not-found');
    if (ifMatch !== undefined && ifMatch !== household.version) throw new StaleVersionError(household.version);
    return household;
  }

  private async commit(household: Household, expectedVersion: number): Promise<void> {
    const changes: HouseholdChange[] = household.pullChanges();
    await this.households.save(household, changes, expectedVersion);
  }
}
