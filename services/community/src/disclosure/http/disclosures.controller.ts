import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, Command, DistrictScope, IfMatch, keysetPageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DisclosureCommands } from '../application/disclosure-commands';
import { DISCLOSURE_QUERIES, DisclosureQueries, DisclosureView } from '../application/disclosure-queries';
import { disclosureNotFound } from '../domain/disclosure';
import {
  DisclosureKindResponse,
  DisclosureListQuery,
  DisclosurePage,
  DisclosureResponse,
  PublishDisclosureRequest,
  ScheduleDisclosureRequest,
} from './disclosure.dto';

/** 村务公开: committees' disclosures with their due days; the overdue ones per town. */
@ApiTags('disclosures')
@Controller('api/v1')
export class DisclosuresController {
  constructor(
    private readonly commands: DisclosureCommands,
    @Inject(DISCLOSURE_QUERIES) private readonly queries: DisclosureQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('disclosure-kinds')
  @RequirePermission('disclosure.read')
  @DistrictScope.cityWide('the city’s disclosure rules')
  @ApiOperation({ summary: 'The kinds of disclosure and the days after a period by which each is due (data)' })
  @ApiOkResponse({ type: [DisclosureKindResponse] })
  kinds(): Promise<DisclosureKindResponse[]> {
    return this.queries.kinds();
  }

  @Get('disclosures')
  @RequirePermission('disclosure.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Disclosures under a division (a town lists its committees’), the overdue ones with `overdue=true`, in keyset pages' })
  @ApiOkResponse({ type: DisclosurePage })
  async list(@Query() query: DisclosureListQuery): Promise<DisclosurePage> {
    return keysetPageOf(await this.queries.list({ divisionCode: query.divisionCode, overdue: query.overdue }, this.today(), query), query);
  }

  @Get('disclosures/:id')
  @RequirePermission('disclosure.read')
  @DistrictScope.record(DISCLOSURE_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: DisclosureResponse })
  get(@Param('id', UUID) id: string): Promise<DisclosureResponse> {
    return this.require(id);
  }

  @Post('disclosures')
  @RequirePermission('disclosure.write')
  @DistrictScope.division('committeeCode')
  @Command({ action: 'disclosure.schedule', resourceType: 'disclosure', idempotent: true, resourceId: (_p, r) => (r as DisclosureResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: "Schedule a committee's disclosure of a kind for a period: it falls due the kind's days after the period" })
  @ApiCreatedResponse({ type: DisclosureResponse })
  async schedule(@Body() body: ScheduleDisclosureRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DisclosureResponse> {
    const disclosure = await this.commands.schedule(body);
    reply.header('Location', `/api/v1/disclosures/${disclosure.id}`);
    return this.require(disclosure.id);
  }

  @Post('disclosures/:id/publication')
  @VersionedCommand({
    permission: 'disclosure.write',
    action: 'disclosure.publish',
    resourceType: 'disclosure',
    summary: 'Record the disclosure published (once)',
    response: DisclosureResponse,
  })
  @DistrictScope.record(DISCLOSURE_QUERIES)
  async publish(@Param('id', UUID) id: string, @Body() body: PublishDisclosureRequest, @IfMatch() expected: number | undefined): Promise<DisclosureResponse> {
    await this.commands.publish(id, body, expected);
    return this.require(id);
  }

  private async require(id: string): Promise<DisclosureView> {
    const view = await this.queries.get(id, this.today());
    if (!view) throw disclosureNotFound(id);
    return view;
  }

  private today(): string {
    return BusinessDate.today(this.clock).toString();
  }
}
