import { DomainError } from '@civic/domain-kernel';
import {
  callerMaySeePersonalData,
  citizenIdForCaller,
  Command,
  DistrictScope,
  etagOf,
  IfMatch,
  pageOf,
  personalDataForCaller,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HouseholdCommands } from '../application/household-commands';
import { HOUSEHOLD_QUERIES, HouseholdQueries } from '../application/household-queries';
import { Household } from '../domain/household';
import { HOUSEHOLD_REPOSITORY, HouseholdRepository } from '../domain/household.repository';
import { maskBankAccountNumber } from '@civic/domain-kernel';
import {
  HouseholdHistoryEntry,
  HouseholdListQuery,
  HouseholdPage,
  HouseholdResponse,
  MoveHouseholdRequest,
  PayeeAccountRequest,
  ReasonRequest,
  RegisterHouseholdRequest,
  ReplaceMembersRequest,
} from './household.dto';

/** 家庭 households and their members, with history; the basis of every means test. */
@ApiTags('households')
@Controller('api/v1/households')
export class HouseholdsController {
  constructor(
    private readonly commands: HouseholdCommands,
    @Inject(HOUSEHOLD_QUERIES) private readonly queries: HouseholdQueries,
    @Inject(HOUSEHOLD_REPOSITORY) private readonly households: HouseholdRepository,
  ) {}

  @Get()
  @RequirePermission('household.read')
  @ApiOperation({ summary: 'List households in your districts, filtered by division, status, review status or member' })
  @ApiOkResponse({ type: HouseholdPage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: HouseholdListQuery): Promise<HouseholdPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('household.read')
  @ApiOkResponse({ type: HouseholdResponse, headers: { ETag: { description: 'version, for If-Match' } } })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  async get(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<HouseholdResponse> {
    const household = await this.households.find(id);
    if (!household) throw new DomainError('HOUSEHOLD.NOT_FOUND', `no household ${id}`, 'not-found');
    reply.header('ETag', etagOf(household.version));
    return householdResponse(household);
  }

  @Get(':id/history')
  @RequirePermission('household.read')
  @ApiOperation({ summary: 'Every change of the household with who made it and why' })
  @ApiOkResponse({ type: [HouseholdHistoryEntry] })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  async history(@Param('id', UUID) id: string): Promise<HouseholdHistoryEntry[]> {
    const household = await this.households.find(id);
    if (!household) throw new DomainError('HOUSEHOLD.NOT_FOUND', `no household ${id}`, 'not-found');
    const entries = await this.queries.history(id);
    return entries.map((e) => ({ ...e, snapshot: personalDataForCaller('assistance', e.snapshot) as object }));
  }

  @Post()
  @RequirePermission('household.write')
  @Command({ action: 'household.register', resourceType: 'household', idempotent: true, resourceId: (_p, r) => (r as HouseholdResponse | undefined)?.id })
  @ApiOperation({ summary: 'Register a household (建档); a member already in another active household is refused, a suspected duplicate is flagged' })
  @ApiCreatedResponse({ type: HouseholdResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @DistrictScope.division('divisionCode')
  async register(@Body() body: RegisterHouseholdRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<HouseholdResponse> {
    const household = await this.commands.register(body);
    reply.header('ETag', etagOf(household.version));
    reply.header('Location', `/api/v1/households/${household.id}`);
    return householdResponse(household);
  }

  @Post(':id/members')
  @VersionedCommand({
    permission: 'household.write',
    action: 'household.replace-members',
    resourceType: 'household',
    summary: 'Replace the member list (成员变更: births, deaths, moves, new income figures)',
    response: HouseholdResponse,
  })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  async replaceMembers(
    @Param('id', UUID) id: string,
    @Body() body: ReplaceMembersRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<HouseholdResponse> {
    return householdResponse(await this.commands.replaceMembers(id, body, expected));
  }

  @Post(':id/move')
  @VersionedCommand({
    permission: 'household.write',
    action: 'household.move',
    resourceType: 'household',
    summary: 'Move the household to another division and address',
    response: HouseholdResponse,
  })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  @DistrictScope.division('divisionCode')
  async move(@Param('id', UUID) id: string, @Body() body: MoveHouseholdRequest, @IfMatch() expected: number | undefined): Promise<HouseholdResponse> {
    return householdResponse(await this.commands.move(id, body, expected));
  }

  @Post(':id/payee-account')
  @VersionedCommand({
    permission: 'household.write',
    action: 'household.record-payee-account',
    resourceType: 'household',
    summary: "Record the account the household's assistance is paid into (代发账户): a member's own account, checked before any bank sees it",
    response: HouseholdResponse,
  })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  async recordPayeeAccount(
    @Param('id', UUID) id: string,
    @Body() body: PayeeAccountRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<HouseholdResponse> {
    return householdResponse(await this.commands.recordPayeeAccount(id, body, expected));
  }

  @Post(':id/review-clearance')
  @VersionedCommand({
    permission: 'household.review',
    action: 'household.clear-review',
    resourceType: 'household',
    summary: 'Clear a suspected-duplicate flag after checking (疑似重复核查通过)',
    response: HouseholdResponse,
  })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  async clearReview(@Param('id', UUID) id: string, @Body() body: ReasonRequest, @IfMatch() expected: number | undefined): Promise<HouseholdResponse> {
    return householdResponse(await this.commands.clearReview(id, body.reason, expected));
  }

  @Post(':id/dissolution')
  @VersionedCommand({
    permission: 'household.write',
    action: 'household.dissolve',
    resourceType: 'household',
    summary: 'Dissolve the household (注销); its members may then join another',
    response: HouseholdResponse,
  })
  @DistrictScope.record(HOUSEHOLD_QUERIES)
  async dissolve(@Param('id', UUID) id: string, @Body() body: ReasonRequest, @IfMatch() expected: number | undefined): Promise<HouseholdResponse> {
    return householdResponse(await this.commands.dissolve(id, body.reason, expected));
  }
}

export function householdResponse(household: Household): HouseholdResponse {
  const s = household.snapshot();
  const payee = s.payeeAccount;
  return {
    id: s.id,
    divisionCode: s.divisionCode,
    address: s.address,
    status: s.status,
    reviewStatus: s.reviewStatus,
    reviewNotes: s.reviewNotes,
    perCapitaMonthlyIncome: household.perCapitaMonthlyIncome().toString(),
    members: s.members.map((m) => ({
      citizenId: citizenIdForCaller('assistance', m.citizenId.value),
      name: m.name,
      relation: m.relation,
      birthDate: m.citizenId.birthDate.toString(),
      sex: m.citizenId.sex,
      monthlyIncome: m.monthlyIncome.toString(),
      assets: m.assets.toString(),
      disabilityGrade: m.disabilityGrade,
    })),
    payeeAccount: payee && {
      payeeCitizenId: citizenIdForCaller('assistance', payee.payeeCitizenId),
      payeeName: s.members.find((m) => m.citizenId.value === payee.payeeCitizenId)?.name ?? '',
      bankName: payee.bankName,
      accountNumber: callerMaySeePersonalData('assistance') ? payee.accountNumber : maskBankAccountNumber(payee.accountNumber),
    },
    version: s.version,
  };
}
