import { BusinessDate, Clock } from '@civic/domain-kernel';
import {
  citizenIdForCaller,
  CLOCK,
  Command,
  DistrictScope,
  DivisionFilterQuery,
  IfMatch,
  keysetPageOf,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ServiceApplicationCommands } from '../application/service-application-commands';
import { SERVICE_APPLICATION_QUERIES, ServiceApplicationQueries, ServiceApplicationView } from '../application/service-application-queries';
import { serviceApplicationNotFound } from '../domain/service-application';
import {
  AcceptApplicationRequest,
  ApplicationListQuery,
  ApplicationStatisticsResponse,
  ConcludeApplicationRequest,
  ServiceApplicationPage,
  ServiceApplicationResponse,
} from './service-application.dto';

/** 社区事务受理: applications at the acceptance centres against catalogue items, with their time limits and overdue lists. */
@ApiTags('service-applications')
@Controller('api/v1')
export class ServiceApplicationsController {
  constructor(
    private readonly commands: ServiceApplicationCommands,
    @Inject(SERVICE_APPLICATION_QUERIES) private readonly queries: ServiceApplicationQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('service-applications')
  @RequirePermission('service-application.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Applications at the centres under a division; `overdue=true` lists the open ones past their due day' })
  @ApiOkResponse({ type: ServiceApplicationPage })
  async list(@Query() query: ApplicationListQuery): Promise<ServiceApplicationPage> {
    const views = await this.queries.list(query, this.today(), query);
    return keysetPageOf(views.map(shown), query);
  }

  @Get('service-applications/:id')
  @RequirePermission('service-application.read')
  @DistrictScope.record(SERVICE_APPLICATION_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: ServiceApplicationResponse })
  async get(@Param('id', UUID) id: string): Promise<ServiceApplicationResponse> {
    return shown(await this.require(id));
  }

  @Post('service-applications')
  @RequirePermission('service-application.write')
  @DistrictScope.division('centreCode')
  @Command({
    action: 'service-application.accept',
    resourceType: 'service-application',
    idempotent: true,
    resourceId: (_p, r) => (r as ServiceApplicationResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Accept (受理) an application at a centre against an item in force; due the item’s working days after receipt' })
  @ApiCreatedResponse({ type: ServiceApplicationResponse })
  async accept(@Body() body: AcceptApplicationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ServiceApplicationResponse> {
    const application = await this.commands.accept(body);
    reply.header('Location', `/api/v1/service-applications/${application.id}`);
    return shown(await this.require(application.id));
  }

  @Post('service-applications/:id/conclusion')
  @VersionedCommand({
    permission: 'service-application.write',
    action: 'service-application.conclude',
    resourceType: 'service-application',
    summary: 'Conclude (办结) the application, approved or refused (a refusal says why), once',
    response: ServiceApplicationResponse,
  })
  @DistrictScope.record(SERVICE_APPLICATION_QUERIES)
  async conclude(
    @Param('id', UUID) id: string,
    @Body() body: ConcludeApplicationRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ServiceApplicationResponse> {
    await this.commands.conclude(id, body, expected);
    return shown(await this.require(id));
  }

  @Get('statistics/service-applications')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Applications by status per district: open, overdue, concluded, concluded late' })
  @ApiOkResponse({ type: [ApplicationStatisticsResponse] })
  statistics(@Query() query: DivisionFilterQuery): Promise<ApplicationStatisticsResponse[]> {
    return this.queries.statistics(query.divisionCode, this.today());
  }

  private async require(id: string): Promise<ServiceApplicationView> {
    const view = await this.queries.get(id, this.today());
    if (!view) throw serviceApplicationNotFound(id);
    return view;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}

/** The applicant's citizen ID masked unless the caller holds community:personal-data.read. */
function shown(view: ServiceApplicationView): ServiceApplicationResponse {
  return { ...view, applicantCitizenId: citizenIdForCaller('community', view.applicantCitizenId) };
}
