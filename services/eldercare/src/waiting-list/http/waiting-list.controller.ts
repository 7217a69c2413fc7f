import { citizenIdForCaller, Command, DistrictScope, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ResidencyResponse } from '../../bed/http/bed.dto';
import { RESIDENCY_QUERIES, ResidencyQueries } from '../../bed/application/bed-queries';
import { residencyResponse } from '../../bed/http/residents.controller';
import { OFFER_QUERIES, WAITING_LIST_QUERIES, WaitingEntryView, WaitingListQueries } from '../application/waiting-list-queries';
import { WaitingListCommands } from '../application/waiting-list-commands';
import { offerNotFound } from '../domain/bed-offer';
import { waitingEntryNotFound } from '../domain/waiting-entry';
import { WaitingListPolicy } from '../domain/waiting-list-policy';
import { DomainError } from '@civic/domain-kernel';
import { WAITING_LIST_REPOSITORY, WaitingListRepository } from '../domain/waiting-list.repository';
import {
  AcceptOfferRequest,
  AllocateRequest,
  ApplyRequest,
  CloseEntryRequest,
  DeclineOfferRequest,
  EntryListQuery,
  OfferResponse,
  WaitingEntryPage,
  WaitingEntryResponse,
  WaitingListPolicyRequest,
  WaitingListPolicyResponse,
} from './waiting-list.dto';

/** 保基本养老床位轮候: the line per district, allocation of vacant basic-guarantee beds, offers and their answers. */
@ApiTags('waiting-list')
@Controller('api/v1')
export class WaitingListController {
  constructor(
    private readonly commands: WaitingListCommands,
    @Inject(WAITING_LIST_QUERIES) private readonly queries: WaitingListQueries,
    @Inject(RESIDENCY_QUERIES) private readonly residencies: ResidencyQueries,
    @Inject(WAITING_LIST_REPOSITORY) private readonly line: WaitingListRepository,
  ) {}

  @Post('waiting-list')
  @RequirePermission('waiting-list.apply')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'waiting-list.apply',
    resourceType: 'waiting-entry',
    idempotent: true,
    resourceId: (_p, r) => (r as WaitingEntryResponse | undefined)?.id,
  })
  @ApiOperation({ summary: '轮候登记: an elder (60 and over) joins the line of a district; the place follows the policy' })
  @ApiCreatedResponse({ type: WaitingEntryResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the elder is already in line or holds an offer' })
  async apply(@Body() body: ApplyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<WaitingEntryResponse> {
    const entry = await this.commands.apply(body);
    reply.header('Location', `/api/v1/waiting-list/${entry.id}`);
    return this.entry(entry.id);
  }

  @Get('waiting-list')
  @RequirePermission('waiting-list.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'The line in the caller’s districts, in line order per district' })
  @ApiOkResponse({ type: WaitingEntryPage })
  async list(@Query() query: EntryListQuery): Promise<WaitingEntryPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('waiting-list/:id')
  @RequirePermission('waiting-list.read')
  @DistrictScope.record(WAITING_LIST_QUERIES)
  @ApiOperation({ summary: 'An elder’s entry with its position in the district’s line (1 = next)' })
  @ApiOkResponse({ type: WaitingEntryResponse })
  async get(@Param('id', UUID) id: string): Promise<WaitingEntryResponse> {
    return this.entry(id);
  }

  @Post('waiting-list/:id/closure')
  @HttpCode(200)
  @RequirePermission('waiting-list.apply')
  @DistrictScope.record(WAITING_LIST_QUERIES)
  @Command({ action: 'waiting-list.close', resourceType: 'waiting-entry' })
  @ApiOperation({ summary: 'Take an elder out of the line, with the reason; an open offer is withdrawn and the bed offered on' })
  @ApiOkResponse({ type: WaitingEntryResponse })
  async close(@Param('id', UUID) id: string, @Body() body: CloseEntryRequest): Promise<WaitingEntryResponse> {
    await this.commands.close(id, body.reason);
    return this.entry(id);
  }

  @Post('bed-allocations')
  @RequirePermission('waiting-list.allocate')
  @DistrictScope.division('districtCode')
  @Command({
    action: 'bed.allocate',
    resourceType: 'bed-offer',
    resourceId: (_p, r) => (r as OfferResponse | undefined)?.id,
    // One district's allocations take its lock in turn: they queue in the process, not on pooled connections.
    queueBy: ({ body }) => districtQueueKey((body as { districtCode?: unknown } | null)?.districtCode),
  })
  @ApiOperation({ summary: '分配: offer a vacant basic-guarantee bed of the district to its first elder in line (or, with skipReason recorded, another)' })
  @ApiCreatedResponse({ type: OfferResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'no vacant basic-guarantee bed, or no one waiting in the district' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'the bed or the waiting elder named is not in the district' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'passing over higher-priority elders without a reason' })
  async allocate(@Body() body: AllocateRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<OfferResponse> {
    const offer = await this.commands.allocate(body);
    reply.header('Location', `/api/v1/bed-offers/${offer.id}`);
    return (await this.queries.offer(offer.id))!;
  }

  @Get('bed-offers/:id')
  @RequirePermission('waiting-list.read')
  @DistrictScope.record(OFFER_QUERIES)
  @ApiOkResponse({ type: OfferResponse })
  async offer(@Param('id', UUID) id: string): Promise<OfferResponse> {
    const offer = await this.queries.offer(id);
    if (!offer) throw offerNotFound(id);
    return offer;
  }

  @Post('bed-offers/:id/acceptance')
  @RequirePermission('waiting-list.allocate')
  @DistrictScope.record(OFFER_QUERIES)
  @Command({ action: 'bed-offer.accept', resourceType: 'bed-offer' })
  @ApiOperation({ summary: '接受: the elder takes the bed and is admitted into it' })
  @ApiCreatedResponse({ type: ResidencyResponse })
  async accept(@Param('id', UUID) id: string, @Body() body: AcceptOfferRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ResidencyResponse> {
    const residency = await this.commands.accept(id, body);
    reply.header('Location', `/api/v1/residents/${residency.id}`);
    return residencyResponse((await this.residencies.get(residency.id))!);
  }

  @Post('bed-offers/:id/decline')
  @HttpCode(200)
  @RequirePermission('waiting-list.allocate')
  @DistrictScope.record(OFFER_QUERIES)
  @Command({ action: 'bed-offer.decline', resourceType: 'bed-offer' })
  @ApiOperation({ summary: '放弃: the elder declines; back in line (dropped after the policy’s declines) and the bed offered to the next elder' })
  @ApiOkResponse({ type: OfferResponse })
  async decline(@Param('id', UUID) id: string, @Body() body: DeclineOfferRequest): Promise<OfferResponse> {
    await this.commands.decline(id, body);
    return (await this.queries.offer(id))!;
  }

  @Get('waiting-list-policy')
  @RequirePermission('waiting-list.read')
  @DistrictScope.cityWide('the city’s rules of the line')
  @ApiOkResponse({ type: WaitingListPolicyResponse })
  async policy(): Promise<WaitingListPolicyResponse> {
    return policyResponse(await this.line.policy());
  }

  @Put('waiting-list-policy')
  @RequirePermission('waiting-list.policy')
  @DistrictScope.cityLevel()
  @Command({ action: 'waiting-list-policy.set', resourceType: 'waiting-list-policy', resourceId: () => 'policy' })
  @ApiOperation({ summary: 'Set the rules of the line; every elder in line takes their place under them at once' })
  @ApiOkResponse({ type: WaitingListPolicyResponse })
  async setPolicy(@Body() body: WaitingListPolicyRequest): Promise<WaitingListPolicyResponse> {
    const programmes = body.categoryRanks.map((c) => c.programme);
    if (new Set(programmes).size !== programmes.length) {
      throw new DomainError('WAITING_LIST.POLICY_INVALID', 'each programme may be ranked once', 'invalid', 'categoryRanks');
    }
    const categoryRanks = Object.fromEntries(body.categoryRanks.map((c) => [c.programme, c.rank]));
    return policyResponse(await this.commands.setPolicy({ ...body, categoryRanks }));
  }

  private async entry(id: string): Promise<WaitingEntryResponse> {
    const view = await this.queries.get(id);
    if (!view) throw waitingEntryNotFound(id);
    return masked(view);
  }
}

function policyResponse(policy: WaitingListPolicy): WaitingListPolicyResponse {
  return { ...policy, categoryRanks: Object.entries(policy.categoryRanks).map(([programme, rank]) => ({ programme, rank })) };
}

function masked(view: WaitingEntryView): WaitingEntryResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}

function districtQueueKey(code: unknown): string | undefined {
  return typeof code === 'string' && /^\d{6}/.test(code) ? code.slice(0, 6) : undefined;
}
