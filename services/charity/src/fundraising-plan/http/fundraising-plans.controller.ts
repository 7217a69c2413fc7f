import { Command, DistrictScope, pageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ORGANISATION_QUERIES } from '../../organisation/application/organisation-queries';
import { FundraisingPlanCommands } from '../application/fundraising-plan-commands';
import { FUNDRAISING_PLAN_QUERIES, FundraisingPlanQueries, FundraisingPlanView } from '../application/fundraising-plan-queries';
import { fundraisingPlanNotFound } from '../domain/fundraising-plan';
import { FileFundraisingPlanRequest, FundraisingPlanListQuery, FundraisingPlanPage, FundraisingPlanResponse } from './fundraising-plan.dto';

/** 募捐方案备案: plans filed before the fundraising starts, with what they have raised. */
@ApiTags('fundraising-plans')
@Controller('api/v1/fundraising-plans')
export class FundraisingPlansController {
  constructor(
    private readonly commands: FundraisingPlanCommands,
    @Inject(FUNDRAISING_PLAN_QUERIES) private readonly queries: FundraisingPlanQueries,
  ) {}

  @Get()
  @RequirePermission('fundraising.read')
  @DistrictScope.list('divisionCode')
  @ApiOkResponse({ type: FundraisingPlanPage })
  async list(@Query() query: FundraisingPlanListQuery): Promise<FundraisingPlanPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('fundraising.read')
  @DistrictScope.record(FUNDRAISING_PLAN_QUERIES)
  @ApiOperation({ summary: 'A plan, with the donations raised against its target' })
  @ApiOkResponse({ type: FundraisingPlanResponse })
  get(@Param('id', UUID) id: string): Promise<FundraisingPlanResponse> {
    return this.require(id);
  }

  @Post()
  @RequirePermission('fundraising.write')
  @DistrictScope.record(ORGANISATION_QUERIES, 'organisationId', 'body')
  @Command({
    action: 'fundraising-plan.file',
    resourceType: 'fundraising-plan',
    idempotent: true,
    resourceId: (_p, r) => (r as FundraisingPlanResponse | undefined)?.id,
  })
  @ApiOperation({ summary: 'File a public fundraising plan (募捐方案备案) before the fundraising starts' })
  @ApiCreatedResponse({ type: FundraisingPlanResponse })
  async file(@Body() body: FileFundraisingPlanRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<FundraisingPlanResponse> {
    const plan = await this.commands.file(body);
    reply.header('Location', `/api/v1/fundraising-plans/${plan.id}`);
    return this.require(plan.id);
  }

  private async require(id: string): Promise<FundraisingPlanView> {
    const view = await this.queries.get(id);
    if (!view) throw fundraisingPlanNotFound(id);
    return view;
  }
}
