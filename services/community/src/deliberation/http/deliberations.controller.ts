import { Command, DistrictScope, keysetPageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DeliberationCommands } from '../application/deliberation-commands';
import { DELIBERATION_QUERIES, DeliberationQueries, deliberationView } from '../application/deliberation-queries';
import { deliberationNotFound } from '../domain/deliberation';
import { DeliberationListQuery, DeliberationPage, DeliberationResponse, RecordDeliberationRequest } from './deliberation.dto';

/** 议事协商: committees' deliberation records. */
@ApiTags('deliberations')
@Controller('api/v1/deliberations')
export class DeliberationsController {
  constructor(
    private readonly commands: DeliberationCommands,
    @Inject(DELIBERATION_QUERIES) private readonly queries: DeliberationQueries,
  ) {}

  @Get()
  @RequirePermission('self-governance.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Deliberations under a division (a sub-district lists its committees’), in keyset pages' })
  @ApiOkResponse({ type: DeliberationPage })
  async list(@Query() query: DeliberationListQuery): Promise<DeliberationPage> {
    return keysetPageOf(await this.queries.list(query, query), query);
  }

  @Get(':id')
  @RequirePermission('self-governance.read')
  @DistrictScope.record(DELIBERATION_QUERIES)
  @ApiOkResponse({ type: DeliberationResponse })
  async get(@Param('id', UUID) id: string): Promise<DeliberationResponse> {
    const view = await this.queries.get(id);
    if (!view) throw deliberationNotFound(id);
    return view;
  }

  @Post()
  @RequirePermission('self-governance.write')
  @DistrictScope.division('committeeCode')
  @Command({
    action: 'deliberation.record',
    resourceType: 'deliberation',
    idempotent: true,
    resourceId: (_p, r) => (r as DeliberationResponse | undefined)?.id,
  })
  @ApiOperation({ summary: 'Record a deliberation held: topic, parties (residents’ representatives among at least 3), resolution' })
  @ApiCreatedResponse({ type: DeliberationResponse })
  async record(@Body() body: RecordDeliberationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DeliberationResponse> {
    const deliberation = await this.commands.record(body);
    reply.header('Location', `/api/v1/deliberations/${deliberation.id}`);
    return deliberationView(deliberation);
  }
}
