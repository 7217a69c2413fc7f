import {
  Command,
  DistrictScope,
  IfMatch,
  pageOf,
  ParseDivisionCodePipe,
  ProblemDetails,
  RequirePermission,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DivisionCommands } from '../application/division-commands';
import { DIVISION_QUERIES, DivisionQueries, divisionView } from '../application/division-queries';
import { divisionNotFound } from '../domain/division';
import {
  DivisionDetails,
  DivisionDetailsPage,
  DivisionHistoryEntry,
  DivisionListQuery,
  EstablishDivisionRequest,
  MergeCommitteesRequest,
  RenameDivisionRequest,
  RevokeDivisionRequest,
} from './division.dto';

/** Administrative divisions (行政区划), the authoritative register that every other service copies. */
@ApiTags('divisions')
@Controller('api/v1/divisions')
export class DivisionsController {
  constructor(
    private readonly commands: DivisionCommands,
    @Inject(DIVISION_QUERIES) private readonly queries: DivisionQueries,
  ) {}

  @Get()
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'List divisions, filtered by parent, level and status' })
  @ApiOkResponse({ type: DivisionDetailsPage })
  @DistrictScope.cityWide('the division tree is reference data every context reads')
  async list(@Query() query: DivisionListQuery): Promise<DivisionDetailsPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':code')
  @RequirePermission('division.read')
  @VersionedResource()
  @ApiParam({ name: 'code', example: '310104' })
  @ApiOkResponse({ type: DivisionDetails, headers: { ETag: { description: 'version, for If-Match' } } })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @DistrictScope.cityWide('the division tree is reference data every context reads')
  async get(@Param('code', ParseDivisionCodePipe) code: string): Promise<DivisionDetails> {
    const division = await this.queries.get(code);
    if (!division) throw divisionNotFound(code);
    return division;
  }

  @Get(':code/history')
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'History of a division (沿革): every establishment, renaming and revocation' })
  @ApiParam({ name: 'code', example: '310104' })
  @ApiOkResponse({ type: [DivisionHistoryEntry] })
  @DistrictScope.cityWide('the division tree is reference data every context reads')
  async history(@Param('code', ParseDivisionCodePipe) code: string): Promise<DivisionHistoryEntry[]> {
    const entries = await this.queries.history(code);
    if (entries.length === 0) throw divisionNotFound(code);
    return entries;
  }

  @Post()
  @RequirePermission('division.write')
  @Command({ action: 'division.establish', resourceType: 'division', idempotent: true, resourceId: (_p, r) => (r as DivisionDetails | undefined)?.code })
  @VersionedResource()
  @ApiOperation({ summary: 'Establish a division (设立)' })
  @ApiCreatedResponse({ type: DivisionDetails })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @DistrictScope.division('code')
  async establish(@Body() body: EstablishDivisionRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DivisionDetails> {
    const division = await this.commands.establish(body);
    reply.header('Location', `/api/v1/divisions/${division.code}`);
    return divisionView(division);
  }

  @Post(':code/rename')
  @VersionedCommand({
    permission: 'division.write',
    action: 'division.rename',
    resourceType: 'division',
    resourceId: (p) => p.code,
    summary: 'Rename a division (更名)',
    response: DivisionDetails,
  })
  @ApiParam({ name: 'code', example: '310104' })
  @DistrictScope.division('code', 'param')
  async rename(
    @Param('code', ParseDivisionCodePipe) code: string,
    @Body() body: RenameDivisionRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<DivisionDetails> {
    return divisionView(await this.commands.rename(code, body, expected));
  }

  @Post(':code/revocation')
  @VersionedCommand({
    permission: 'division.write',
    action: 'division.revoke',
    resourceType: 'division',
    resourceId: (p) => p.code,
    summary: 'Revoke a division (撤销); divisions below it must be revoked first',
    response: DivisionDetails,
  })
  @ApiParam({ name: 'code', example: '310104' })
  @DistrictScope.division('code', 'param')
  async revoke(
    @Param('code', ParseDivisionCodePipe) code: string,
    @Body() body: RevokeDivisionRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<DivisionDetails> {
    return divisionView(await this.commands.revoke(code, body, expected));
  }

  @Post(':code/merger')
  @VersionedCommand({
    permission: 'division.write',
    action: 'division.merge',
    resourceType: 'division',
    resourceId: (p) => p.code,
    summary: 'Merge committees of one sub-district into this one (合并): they are revoked the day before, their dwellings and persons move here',
    response: DivisionDetails,
  })
  @ApiParam({ name: 'code', example: '310104003001' })
  @DistrictScope.division('code', 'param')
  async merge(
    @Param('code', ParseDivisionCodePipe) code: string,
    @Body() body: MergeCommitteesRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<DivisionDetails> {
    return divisionView(await this.commands.merge(code, body, expected));
  }
}
