import { DomainError } from '@civic/domain-kernel';
import { Command, etagOf, expectedVersionFrom, pageOf, ParseDivisionCodePipe, ProblemDetails, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DivisionCommands } from '../application/division-commands';
import { DivisionQueries } from '../application/division-queries';
import { Division } from '../domain/division';
import { DivisionRecord } from '../persistence/division.entity';
import {
  DivisionDetails,
  DivisionDetailsPage,
  DivisionHistoryEntry,
  DivisionListQuery,
  EstablishDivisionRequest,
  RenameDivisionRequest,
  RevokeDivisionRequest,
} from './division.dto';

const IF_MATCH = { name: 'If-Match', required: false, description: 'ETag of the version you read (e.g. "2"); a stale one is refused with 412' };

/** Administrative divisions (行政区划), the authoritative register that every other service copies. */
@ApiTags('divisions')
@Controller('api/v1/divisions')
export class DivisionsController {
  constructor(
    private readonly commands: DivisionCommands,
    private readonly queries: DivisionQueries,
  ) {}

  @Get()
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'List divisions, filtered by parent, level and status' })
  @ApiOkResponse({ type: DivisionDetailsPage })
  async list(@Query() query: DivisionListQuery): Promise<DivisionDetailsPage> {
    const [rows, total] = await this.queries.list(query, query);
    return pageOf(rows.map(fromRecord), total, query);
  }

  @Get(':code')
  @RequirePermission('division.read')
  @ApiParam({ name: 'code', example: '310104' })
  @ApiOkResponse({ type: DivisionDetails, headers: { ETag: { description: 'version, for If-Match' } } })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async get(@Param('code', ParseDivisionCodePipe) code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<DivisionDetails> {
    const row = await this.queries.get(code);
    if (!row) throw new DomainError('DIVISION.NOT_FOUND', `no division ${code}`, 'not-found');
    reply.header('ETag', etagOf(row.version));
    return fromRecord(row);
  }

  @Get(':code/history')
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'History of a division (沿革): every establishment, renaming and revocation' })
  @ApiParam({ name: 'code', example: '310104' })
  @ApiOkResponse({ type: [DivisionHistoryEntry] })
  async history(@Param('code', ParseDivisionCodePipe) code: string): Promise<DivisionHistoryEntry[]> {
    const rows = await this.queries.history(code);
    if (rows.length === 0) throw new DomainError('DIVISION.NOT_FOUND', `no division ${code}`, 'not-found');
    return rows.map((r) => ({
      version: r.version,
      change: r.change,
      name: r.name,
      previousName: r.previousName,
      effectiveDate: r.effectiveDate,
      reason: r.reason,
      recordedAt: r.recordedAt.toISOString(),
      recordedBy: r.recordedBy,
    }));
  }

  @Post()
  @RequirePermission('division.write')
  @Command({ action: 'division.establish', resourceType: 'division', idempotent: true, resourceId: (_p, r) => (r as DivisionDetails | undefined)?.code })
  @ApiOperation({ summary: 'Establish a division (设立)' })
  @ApiCreatedResponse({ type: DivisionDetails })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async establish(@Body() body: EstablishDivisionRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DivisionDetails> {
    const division = await this.commands.establish(body);
    reply.header('ETag', etagOf(division.version));
    reply.header('Location', `/api/v1/divisions/${division.code}`);
    return fromDomain(division);
  }

  @Post(':code/rename')
  @HttpCode(200)
  @RequirePermission('division.write')
  @Command({ action: 'division.rename', resourceType: 'division', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Rename a division (更名)' })
  @ApiParam({ name: 'code', example: '310104' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DivisionDetails })
  @ApiPreconditionFailedResponse({ type: ProblemDetails })
  async rename(
    @Param('code', ParseDivisionCodePipe) code: string,
    @Body() body: RenameDivisionRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DivisionDetails> {
    const division = await this.commands.rename(code, body, expectedVersionFrom(ifMatch));
    reply.header('ETag', etagOf(division.version));
    return fromDomain(division);
  }

  @Post(':code/revocation')
  @HttpCode(200)
  @RequirePermission('division.write')
  @Command({ action: 'division.revoke', resourceType: 'division', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Revoke a division (撤销); divisions below it must be revoked first' })
  @ApiParam({ name: 'code', example: '310104' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DivisionDetails })
  @ApiPreconditionFailedResponse({ type: ProblemDetails })
  async revoke(
    @Param('code', ParseDivisionCodePipe) code: string,
    @Body() body: RevokeDivisionRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DivisionDetails> {
    const division = await this.commands.revoke(code, body, expectedVersionFrom(ifMatch));
    reply.header('ETag', etagOf(division.version));
    return fromDomain(division);
  }
}

function fromDomain(division: Division): DivisionDetails {
  const s = division.snapshot();
  return {
    code: s.code,
    name: s.name,
    level: s.level,
    parentCode: s.parentCode,
    validFrom: s.validFrom.toString(),
    validTo: s.validTo?.toString() ?? null,
    status: s.status,
    version: s.version,
  };
}

function fromRecord(r: DivisionRecord): DivisionDetails {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parentCode,
    validFrom: r.validFrom,
    validTo: r.validTo,
    status: r.status,
    version: r.version,
  };
}
