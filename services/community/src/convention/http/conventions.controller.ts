import { Command, DistrictScope, ParseDivisionCodePipe, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ConventionCommands } from '../application/convention-commands';
import { CONVENTION_QUERIES, ConventionQueries } from '../application/convention-queries';
import { conventionNotFound } from '../domain/convention';
import { AdoptConventionRequest, ConventionVersionResponse } from './convention.dto';

const COMMITTEE = { name: 'code', example: '310104003001', description: "the residents' or villagers' committee (12 digits)" };

/** 居民公约 (村规民约): each committee's convention, one version in force, the earlier ones kept. */
@ApiTags('conventions')
@Controller('api/v1/committees/:code/convention')
export class ConventionsController {
  constructor(
    private readonly commands: ConventionCommands,
    @Inject(CONVENTION_QUERIES) private readonly queries: ConventionQueries,
  ) {}

  @Get()
  @RequirePermission('self-governance.read')
  @DistrictScope.division('code', 'param')
  @ApiOperation({ summary: 'The convention in force (its latest version)' })
  @ApiParam(COMMITTEE)
  @ApiOkResponse({ type: ConventionVersionResponse })
  async current(@Param('code', ParseDivisionCodePipe) code: string): Promise<ConventionVersionResponse> {
    const latest = (await this.queries.versions(code)).at(-1);
    if (!latest) throw conventionNotFound(code);
    return latest;
  }

  @Get('versions')
  @RequirePermission('self-governance.read')
  @DistrictScope.division('code', 'param')
  @ApiParam(COMMITTEE)
  @ApiOkResponse({ type: [ConventionVersionResponse] })
  versions(@Param('code', ParseDivisionCodePipe) code: string): Promise<ConventionVersionResponse[]> {
    return this.queries.versions(code);
  }

  @Post('versions')
  @RequirePermission('self-governance.write')
  @DistrictScope.division('code', 'param')
  @Command({ action: 'convention.adopt', resourceType: 'convention', idempotent: true, resourceId: (p) => String(p.code) })
  @ApiOperation({ summary: 'Record a version adopted by the assembly; it is in force from then on' })
  @ApiParam(COMMITTEE)
  @ApiCreatedResponse({ type: ConventionVersionResponse })
  async adopt(
    @Param('code', ParseDivisionCodePipe) code: string,
    @Body() body: AdoptConventionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionVersionResponse> {
    const version = await this.commands.adopt(code, body);
    reply.header('Location', `/api/v1/committees/${code}/convention`);
    return (await this.queries.versions(code)).find((v) => v.number === version.number)!;
  }
}
