import { Command, DistrictScope, keysetPageOf, ProblemDetails, RequirePermission, UUID, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DwellingCommands } from '../application/dwelling-commands';
import { DWELLING_QUERIES, DwellingQueries, DwellingView } from '../application/dwelling-queries';
import { dwellingNotFound } from '../domain/dwelling';
import { DwellingListQuery, DwellingPage, DwellingResponse, RegisterDwellingRequest } from './dwelling.dto';

/** 房屋: the dwellings of the community cloud's 人房数据, per committee. */
@ApiTags('dwellings')
@Controller('api/v1/dwellings')
export class DwellingsController {
  constructor(
    private readonly commands: DwellingCommands,
    @Inject(DWELLING_QUERIES) private readonly queries: DwellingQueries,
  ) {}

  @Get()
  @RequirePermission('person.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Dwellings under a division, in keyset pages (pass `next` as `after`)' })
  @ApiOkResponse({ type: DwellingPage })
  async list(@Query() query: DwellingListQuery): Promise<DwellingPage> {
    return keysetPageOf(await this.queries.list(query.divisionCode, query), query);
  }

  @Get(':id')
  @RequirePermission('person.read')
  @DistrictScope.record(DWELLING_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: DwellingResponse })
  async get(@Param('id', UUID) id: string): Promise<DwellingResponse> {
    return this.require(id);
  }

  @Post()
  @RequirePermission('person.write')
  @DistrictScope.division('committeeCode')
  @Command({ action: 'dwelling.register', resourceType: 'dwelling', idempotent: true, resourceId: (_p, r) => (r as DwellingResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Register a dwelling under a committee' })
  @ApiCreatedResponse({ type: DwellingResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the committee already has a dwelling at this address' })
  async register(@Body() body: RegisterDwellingRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DwellingResponse> {
    const dwelling = await this.commands.register(body);
    reply.header('Location', `/api/v1/dwellings/${dwelling.id}`);
    return { ...dwelling.snapshot(), residents: 0 };
  }

  private async require(id: string): Promise<DwellingView> {
    const view = await this.queries.get(id);
    if (!view) throw dwellingNotFound(id);
    return view;
  }
}
