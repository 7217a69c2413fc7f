import { DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ResettlementCommands } from '../application/resettlement-commands';
import { RESETTLEMENT_QUERIES, ResettlementQueries, resettlementPlanView } from '../application/resettlement-queries';
import { resettlementPlanNotFound } from '../domain/resettlement-plan';
import {
  CloseResettlementRequest,
  FollowUpRequest,
  PlanResettlementRequest,
  ResettlementListQuery,
  ResettlementPlanPage,
  ResettlementPlanResponse,
} from './resettlement.dto';

const versioned = (action: string, summary: string) =>
  VersionedCommand({
    permission: 'child.write',
    action: `resettlement.${action}`,
    resourceType: 'resettlement-plan',
    summary,
    response: ResettlementPlanResponse,
  });

/** 成年孤儿安置: plans opened by the daily job when an orphan turns 18, then planned, followed up and closed. */
@ApiTags('resettlement-plans')
@Controller('api/v1/resettlement-plans')
export class ResettlementPlansController {
  constructor(
    private readonly commands: ResettlementCommands,
    @Inject(RESETTLEMENT_QUERIES) private readonly queries: ResettlementQueries,
  ) {}

  @Get()
  @RequirePermission('child.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Resettlement plans in the caller’s districts, latest first' })
  @ApiOkResponse({ type: ResettlementPlanPage })
  async list(@Query() query: ResettlementListQuery): Promise<ResettlementPlanPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('child.read')
  @DistrictScope.record(RESETTLEMENT_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: ResettlementPlanResponse })
  async get(@Param('id', UUID) id: string): Promise<ResettlementPlanResponse> {
    const view = await this.queries.get(id);
    if (!view) throw resettlementPlanNotFound(id);
    return view;
  }

  @Post(':id/plan')
  @versioned('plan', 'The tracks (housing, education, employment) and the measures')
  @DistrictScope.record(RESETTLEMENT_QUERIES)
  async plan(@Param('id', UUID) id: string, @Body() body: PlanResettlementRequest, @IfMatch() expected: number | undefined): Promise<ResettlementPlanResponse> {
    return resettlementPlanView(await this.commands.plan(id, body, expected));
  }

  @Post(':id/follow-ups')
  @versioned('follow-up', 'A follow-up of the plan')
  @DistrictScope.record(RESETTLEMENT_QUERIES)
  async followUp(@Param('id', UUID) id: string, @Body() body: FollowUpRequest, @IfMatch() expected: number | undefined): Promise<ResettlementPlanResponse> {
    return resettlementPlanView(await this.commands.followUp(id, body, expected));
  }

  @Post(':id/closure')
  @versioned('close', 'Close the plan: the young adult is settled')
  @DistrictScope.record(RESETTLEMENT_QUERIES)
  async close(
    @Param('id', UUID) id: string,
    @Body() body: CloseResettlementRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ResettlementPlanResponse> {
    return resettlementPlanView(await this.commands.close(id, body, expected));
  }
}
