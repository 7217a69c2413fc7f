import { DomainError, Money } from '@civic/domain-kernel';
import {
  citizenIdForCaller,
  Command,
  DistrictScope,
  IfMatch,
  pageOf,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HomeAdaptationCommands } from '../application/home-adaptation-commands';
import { HOME_ADAPTATION_QUERIES, HomeAdaptationQueries, HomeAdaptationView, homeAdaptationView } from '../application/home-adaptation-queries';
import { HomeAdaptation, homeAdaptationNotFound } from '../domain/home-adaptation';
import { HomeAdaptationPolicy } from '../domain/home-adaptation-policy';
import {
  AcceptWorksRequest,
  ApplyHomeAdaptationRequest,
  AssessHomeAdaptationRequest,
  CloseHomeAdaptationRequest,
  HomeAdaptationListQuery,
  HomeAdaptationPage,
  HomeAdaptationPolicyRequest,
  HomeAdaptationPolicyResponse,
  HomeAdaptationResponse,
  StartWorksRequest,
} from './home-adaptation.dto';

/** 居家环境适老化改造: application -> assessment -> works -> acceptance, with the subsidy rules as data. */
@ApiTags('home-adaptations')
@Controller('api/v1')
export class HomeAdaptationsController {
  constructor(
    private readonly commands: HomeAdaptationCommands,
    @Inject(HOME_ADAPTATION_QUERIES) private readonly queries: HomeAdaptationQueries,
  ) {}

  @Get('home-adaptations')
  @RequirePermission('home-adaptation.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Home adaptations in the caller’s districts, latest application first' })
  @ApiOkResponse({ type: HomeAdaptationPage })
  async list(@Query() query: HomeAdaptationListQuery): Promise<HomeAdaptationPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('home-adaptations/:id')
  @RequirePermission('home-adaptation.read')
  @DistrictScope.record(HOME_ADAPTATION_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: HomeAdaptationResponse })
  async get(@Param('id', UUID) id: string): Promise<HomeAdaptationResponse> {
    const view = await this.queries.get(id);
    if (!view) throw homeAdaptationNotFound(id);
    return masked(view);
  }

  @Post('home-adaptations')
  @RequirePermission('home-adaptation.write')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'home-adaptation.apply',
    resourceType: 'home-adaptation',
    idempotent: true,
    resourceId: (_p, r) => (r as HomeAdaptationResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: '申请: an elder applies for the adaptation of their home' })
  @ApiCreatedResponse({ type: HomeAdaptationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the elder already has an adaptation under way' })
  async apply(@Body() body: ApplyHomeAdaptationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<HomeAdaptationResponse> {
    const applied = await this.commands.apply(body);
    reply.header('Location', `/api/v1/home-adaptations/${applied.id}`);
    return shown(applied);
  }

  @Post('home-adaptations/:id/assessment')
  @VersionedCommand({
    permission: 'home-adaptation.write',
    action: 'home-adaptation.assess',
    resourceType: 'home-adaptation',
    summary: '评估: the works planned and the subsidy approved (the policy’s share of the cost, within the elder’s limit)',
    response: HomeAdaptationResponse,
  })
  @DistrictScope.record(HOME_ADAPTATION_QUERIES)
  async assess(
    @Param('id', UUID) id: string,
    @Body() body: AssessHomeAdaptationRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<HomeAdaptationResponse> {
    return shown(await this.commands.assess(id, body, expected));
  }

  @Post('home-adaptations/:id/works')
  @VersionedCommand({
    permission: 'home-adaptation.write',
    action: 'home-adaptation.start-works',
    resourceType: 'home-adaptation',
    summary: '施工: the works start, by a contractor',
    response: HomeAdaptationResponse,
  })
  @DistrictScope.record(HOME_ADAPTATION_QUERIES)
  async startWorks(@Param('id', UUID) id: string, @Body() body: StartWorksRequest, @IfMatch() expected: number | undefined): Promise<HomeAdaptationResponse> {
    return shown(await this.commands.startWorks(id, body, expected));
  }

  @Post('home-adaptations/:id/acceptance')
  @VersionedCommand({
    permission: 'home-adaptation.write',
    action: 'home-adaptation.accept',
    resourceType: 'home-adaptation',
    summary: '验收: the works pass; the subsidy is granted on the actual cost, never above the approved amount',
    response: HomeAdaptationResponse,
  })
  @DistrictScope.record(HOME_ADAPTATION_QUERIES)
  async accept(@Param('id', UUID) id: string, @Body() body: AcceptWorksRequest, @IfMatch() expected: number | undefined): Promise<HomeAdaptationResponse> {
    return shown(await this.commands.accept(id, body, expected));
  }

  @Post('home-adaptations/:id/closure')
  @VersionedCommand({
    permission: 'home-adaptation.write',
    action: 'home-adaptation.close',
    resourceType: 'home-adaptation',
    summary: 'Close it before acceptance (withdrawn, not eligible), with a reason; its approved subsidy no longer counts',
    response: HomeAdaptationResponse,
  })
  @DistrictScope.record(HOME_ADAPTATION_QUERIES)
  async close(
    @Param('id', UUID) id: string,
    @Body() body: CloseHomeAdaptationRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<HomeAdaptationResponse> {
    return shown(await this.commands.close(id, body, expected));
  }

  @Get('home-adaptation-policy')
  @RequirePermission('home-adaptation.read')
  @DistrictScope.cityWide('the city’s subsidy rules')
  @ApiOkResponse({ type: HomeAdaptationPolicyResponse })
  async policy(): Promise<HomeAdaptationPolicyResponse> {
    return policyResponse(await this.queries.policy());
  }

  @Put('home-adaptation-policy')
  @RequirePermission('home-adaptation.policy')
  @DistrictScope.cityLevel()
  @Command({ action: 'home-adaptation-policy.set', resourceType: 'home-adaptation-policy', resourceId: () => 'policy' })
  @ApiOperation({ summary: 'Set the subsidy rules: the share of the cost by programme and the per-elder limit (for assessments from now on)' })
  @ApiOkResponse({ type: HomeAdaptationPolicyResponse })
  async setPolicy(@Body() body: HomeAdaptationPolicyRequest): Promise<HomeAdaptationPolicyResponse> {
    const programmes = body.shareByProgramme.map((s) => s.programme);
    if (new Set(programmes).size !== programmes.length) {
      throw new DomainError('HOME_ADAPTATION.POLICY_INVALID', 'each programme may be listed once', 'invalid', 'shareByProgramme');
    }
    return policyResponse(await this.commands.setPolicy({ ...body, perElderLimit: Money.parse(body.perElderLimit, 'perElderLimit') }));
  }
}

function masked(view: HomeAdaptationView): HomeAdaptationResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}

function shown(subject: HomeAdaptation): HomeAdaptationResponse {
  return masked(homeAdaptationView(subject));
}

function policyResponse(policy: HomeAdaptationPolicy): HomeAdaptationPolicyResponse {
  return { perElderLimit: policy.perElderLimit.toString(), defaultSharePercent: policy.defaultSharePercent, shareByProgramme: policy.shareByProgramme };
}
