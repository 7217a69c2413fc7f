import { DomainError } from '@civic/domain-kernel';
import { assertDistrictInScope, citizenIdForCaller, Command, etagOf, expectedVersionFrom, IF_MATCH, pageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RescueCommands, RescueStep } from '../application/rescue-commands';
import { RescueCaseStore, RescueRow } from '../persistence/rescue-case.store';
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
    private readonly store: RescueCaseStore,
  ) {}

  @Get()
  @RequirePermission('rescue.read')
  @ApiOkResponse({ type: RescueCasePage })
  async list(@Query() query: RescueListQuery): Promise<RescueCasePage> {
    const { rows, total } = await this.store.list(query, query);
    return pageOf(rows.map(response), total, query);
  }

  @Get(':id')
  @RequirePermission('rescue.read')
  @ApiOkResponse({ type: RescueCaseResponse })
  async get(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<RescueCaseResponse> {
    const found = await this.store.find(id);
    if (!found) throw new DomainError('RESCUE.NOT_FOUND', `no rescue case ${id}`, 'not-found');
    assertDistrictInScope(found.row.found_division_code);
    reply.header('ETag', etagOf(found.row.version));
    return response(found.row);
  }

  @Post()
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.intake', resourceType: 'rescue-case', idempotent: true, resourceId: (_p, r) => (r as RescueCaseResponse | undefined)?.id })
  @ApiOperation({ summary: 'Take in a person found homeless or begging (接收)' })
  @ApiCreatedResponse({ type: RescueCaseResponse })
  async intake(@Body() body: IntakeRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<RescueCaseResponse> {
    const row = await this.commands.intake(body);
    reply.header('Location', `/api/v1/rescue-cases/${row.id}`);
    reply.header('ETag', etagOf(row.version));
    return response(row);
  }

  @Post(':id/shelter')
  @HttpCode(200)
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.shelter', resourceType: 'rescue-case', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Admit to a shelter (入站)' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: RescueCaseResponse })
  shelter(@Param('id', UUID) id: string, @Body() body: ShelterRequest, @Headers('if-match') ifMatch?: string) {
    return this.step(id, { kind: 'shelter', ...body }, ifMatch);
  }

  @Post(':id/identity-searches')
  @HttpCode(200)
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.search', resourceType: 'rescue-case', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record an identity-search attempt (寻亲)' })
  @ApiOkResponse({ type: RescueCaseResponse })
  search(@Param('id', UUID) id: string, @Body() body: SearchRequest, @Headers('if-match') ifMatch?: string) {
    return this.step(id, { kind: 'search', ...body }, ifMatch);
  }

  @Post(':id/identification')
  @HttpCode(200)
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.identify', resourceType: 'rescue-case', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record the established identity (身份查明)' })
  @ApiOkResponse({ type: RescueCaseResponse })
  identify(@Param('id', UUID) id: string, @Body() body: IdentifyRequest, @Headers('if-match') ifMatch?: string) {
    return this.step(id, { kind: 'identify', ...body }, ifMatch);
  }

  @Post(':id/reunion')
  @HttpCode(200)
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.reunite', resourceType: 'rescue-case', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Family reunion (返乡团聚, "帮你找到家")' })
  @ApiOkResponse({ type: RescueCaseResponse })
  reunite(@Param('id', UUID) id: string, @Body() body: ResolveRequest, @Headers('if-match') ifMatch?: string) {
    return this.step(id, { kind: 'reunite', ...body }, ifMatch);
  }

  @Post(':id/placement')
  @HttpCode(200)
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.place', resourceType: 'rescue-case', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Placement in an institution (安置) when no family can take the person' })
  @ApiOkResponse({ type: RescueCaseResponse })
  place(@Param('id', UUID) id: string, @Body() body: ResolveRequest, @Headers('if-match') ifMatch?: string) {
    return this.step(id, { kind: 'place', ...body }, ifMatch);
  }

  @Post(':id/closure')
  @HttpCode(200)
  @RequirePermission('rescue.manage')
  @Command({ action: 'rescue.close', resourceType: 'rescue-case', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Close the case with its outcome (结案)' })
  @ApiOkResponse({ type: RescueCaseResponse })
  close(@Param('id', UUID) id: string, @Body() body: CloseRequest, @Headers('if-match') ifMatch?: string) {
    return this.step(id, { kind: 'close', ...body }, ifMatch);
  }

  private async step(id: string, step: RescueStep, ifMatch: string | undefined): Promise<RescueCaseResponse> {
    return response(await this.commands.step(id, step, expectedVersionFrom(ifMatch)));
  }
}

function response(r: RescueRow): RescueCaseResponse {
  return {
    id: r.id,
    status: r.status,
    foundDivisionCode: r.found_division_code,
    foundOn: r.found_on,
    foundPlace: r.found_place,
    description: r.description,
    personName: r.person_name,
    citizenId: citizenIdForCaller('assistance', r.citizen_id),
    shelter: r.shelter,
    shelteredOn: r.sheltered_on,
    identitySearch: r.identity_search,
    outcome: r.outcome,
    closedOn: r.closed_on,
    version: r.version,
  };
}
