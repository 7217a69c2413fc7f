import { citizenIdForCaller, Command, DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RescueCommands, RescueStep } from '../application/rescue-commands';
import { RESCUE_CASE_QUERIES, RescueCaseQueries, RescueCaseView, rescueCaseView } from '../application/rescue-queries';
import { rescueCaseNotFound } from '../domain/rescue-case';
import {
  CloseRequest,
  IdentifyRequest,
  IntakeRequest,
  RescueCasePage,
  RescueCaseResponse,
  RescueListQuery,
  ResolveRequest,
  SearchRequest,
  ShelterRequest,
} from './rescue.dto';

/** 流浪乞讨人员救助 ("帮你找到家"): intake, shelter stay, identity search, reunion or placement, closure. */
@ApiTags('rescue-cases')
@Controller('api/v1/rescue-cases')
export class RescueCasesController {
  constructor(
    private readonly commands: RescueCommands,
    @Inject(RESCUE_CASE_QUERIES) private readonly queries: RescueCaseQueries,
  ) {}

  @Get()
  @RequirePermission('rescue.read')
  @ApiOkResponse({ type: RescueCasePage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: RescueListQuery): Promise<RescueCasePage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(toResponse), total, query);
  }

  @Get(':id')
  @RequirePermission('rescue.read')
  @VersionedResource()
  @ApiOkResponse({ type: RescueCaseResponse })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  async get(@Param('id', UUID) id: string): Promise<RescueCaseResponse> {
    const view = await this.queries.get(id);
    if (!view) throw rescueCaseNotFound(id);
    return toResponse(view);
  }

  @Post()
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.intake', resourceType: 'rescue-case', idempotent: true, resourceId: (_p, r) => (r as RescueCaseResponse | undefined)?.id })
  @ApiOperation({ summary: 'Take in a person found homeless or begging (接收)' })
  @VersionedResource()
  @ApiCreatedResponse({ type: RescueCaseResponse })
  @DistrictScope.division('foundDivisionCode')
  async intake(@Body() body: IntakeRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<RescueCaseResponse> {
    const rescueCase = await this.commands.intake(body);
    reply.header('Location', `/api/v1/rescue-cases/${rescueCase.id}`);
    return toResponse(rescueCaseView(rescueCase));
  }

  @Post(':id/shelter')
  @VersionedCommand({
    permission: 'rescue.manage',
    action: 'rescue.shelter',
    resourceType: 'rescue-case',
    summary: 'Admit to a shelter (入站)',
    response: RescueCaseResponse,
  })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  shelter(@Param('id', UUID) id: string, @Body() body: ShelterRequest, @IfMatch() expected: number | undefined) {
    return this.step(id, { kind: 'shelter', ...body }, expected);
  }

  @Post(':id/identity-searches')
  @VersionedCommand({
    permission: 'rescue.manage',
    action: 'rescue.search',
    resourceType: 'rescue-case',
    summary: 'Record an identity-search attempt (寻亲)',
    response: RescueCaseResponse,
  })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  search(@Param('id', UUID) id: string, @Body() body: SearchRequest, @IfMatch() expected: number | undefined) {
    return this.step(id, { kind: 'search', ...body }, expected);
  }

  @Post(':id/identification')
  @VersionedCommand({
    permission: 'rescue.manage',
    action: 'rescue.identify',
    resourceType: 'rescue-case',
    summary: 'Record the established identity (身份查明)',
    response: RescueCaseResponse,
  })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  identify(@Param('id', UUID) id: string, @Body() body: IdentifyRequest, @IfMatch() expected: number | undefined) {
    return this.step(id, { kind: 'identify', ...body }, expected);
  }

  @Post(':id/reunion')
  @VersionedCommand({
    permission: 'rescue.manage',
    action: 'rescue.reunite',
    resourceType: 'rescue-case',
    summary: 'Family reunion (返乡团聚, "帮你找到家")',
    response: RescueCaseResponse,
  })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  reunite(@Param('id', UUID) id: string, @Body() body: ResolveRequest, @IfMatch() expected: number | undefined) {
    return this.step(id, { kind: 'reunite', ...body }, expected);
  }

  @Post(':id/placement')
  @VersionedCommand({
    permission: 'rescue.manage',
    action: 'rescue.place',
    resourceType: 'rescue-case',
    summary: 'Placement in an institution (安置) when no family can take the person',
    response: RescueCaseResponse,
  })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  place(@Param('id', UUID) id: string, @Body() body: ResolveRequest, @IfMatch() expected: number | undefined) {
    return this.step(id, { kind: 'place', ...body }, expected);
  }

  @Post(':id/closure')
  @VersionedCommand({
    permission: 'rescue.manage',
    action: 'rescue.close',
    resourceType: 'rescue-case',
    summary: 'Close the case with its outcome (结案)',
    response: RescueCaseResponse,
  })
  @DistrictScope.record(RESCUE_CASE_QUERIES)
  close(@Param('id', UUID) id: string, @Body() body: CloseRequest, @IfMatch() expected: number | undefined) {
    return this.step(id, { kind: 'close', ...body }, expected);
  }

  private async step(id: string, step: RescueStep, expected: number | undefined): Promise<RescueCaseResponse> {
    return toResponse(rescueCaseView(await this.commands.step(id, step, expected)));
  }
}

function toResponse(v: RescueCaseView): RescueCaseResponse {
  return { ...v, citizenId: citizenIdForCaller('assistance', v.citizenId) };
}
