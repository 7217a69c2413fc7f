import { Command, DistrictScope, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CharitableTrustCommands } from '../application/charitable-trust-commands';
import { CHARITABLE_TRUST_QUERIES, CharitableTrustQueries, charitableTrustView } from '../application/charitable-trust-queries';
import { charitableTrustNotFound } from '../domain/charitable-trust';
import { CharitableTrustListQuery, CharitableTrustPage, CharitableTrustResponse, FileCharitableTrustRequest } from './charitable-trust.dto';

/** 慈善信托备案: trusts filed within seven days of their signing. */
@ApiTags('charitable-trusts')
@Controller('api/v1/charitable-trusts')
export class CharitableTrustsController {
  constructor(
    private readonly commands: CharitableTrustCommands,
    @Inject(CHARITABLE_TRUST_QUERIES) private readonly queries: CharitableTrustQueries,
  ) {}

  @Get()
  @RequirePermission('fundraising.read')
  @DistrictScope.list('divisionCode')
  @ApiOkResponse({ type: CharitableTrustPage })
  async list(@Query() query: CharitableTrustListQuery): Promise<CharitableTrustPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('fundraising.read')
  @DistrictScope.record(CHARITABLE_TRUST_QUERIES)
  @ApiOkResponse({ type: CharitableTrustResponse })
  async get(@Param('id', UUID) id: string): Promise<CharitableTrustResponse> {
    const view = await this.queries.get(id);
    if (!view) throw charitableTrustNotFound(id);
    return view;
  }

  @Post()
  @RequirePermission('fundraising.write')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'charitable-trust.file',
    resourceType: 'charitable-trust',
    idempotent: true,
    resourceId: (_p, r) => (r as CharitableTrustResponse | undefined)?.id,
  })
  @ApiOperation({ summary: 'File a charitable trust (慈善信托备案): today, within 7 days of its signing (day 8 is refused)' })
  @ApiCreatedResponse({ type: CharitableTrustResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the trustee has filed a trust of this name already' })
  async file(@Body() body: FileCharitableTrustRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CharitableTrustResponse> {
    const trust = await this.commands.file(body);
    reply.header('Location', `/api/v1/charitable-trusts/${trust.id}`);
    return charitableTrustView(trust);
  }
}
