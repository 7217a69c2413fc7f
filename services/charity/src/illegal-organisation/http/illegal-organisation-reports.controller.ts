import { Command, DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IllegalOrganisationReportCommands } from '../application/illegal-organisation-report-commands';
import {
  ILLEGAL_ORGANISATION_REPORT_QUERIES,
  IllegalOrganisationReportQueries,
  IllegalOrganisationReportView,
  reportView,
} from '../application/illegal-organisation-report-queries';
import { reportNotFound } from '../domain/illegal-organisation-report';
import {
  BanRequest,
  HandlingStepRequest,
  HandlingStepResponse,
  IllegalOrganisationReportPage,
  IllegalOrganisationReportResponse,
  ReferralRequest,
  ReportIllegalOrganisationRequest,
  ReportListQuery,
} from './illegal-organisation-report.dto';

const step = (action: string, summary: string) => ({
  permission: 'illegal-organisation.write',
  action: `illegal-organisation.${action}`,
  resourceType: 'illegal-organisation-report',
  summary,
  response: IllegalOrganisationReportResponse,
});

/** 打击整治非法社会组织: reports and their handling (investigation, ban, referral, dismissal) with a status history. */
@ApiTags('illegal-organisation-reports')
@Controller('api/v1/illegal-organisation-reports')
export class IllegalOrganisationReportsController {
  constructor(
    private readonly commands: IllegalOrganisationReportCommands,
    @Inject(ILLEGAL_ORGANISATION_REPORT_QUERIES) private readonly queries: IllegalOrganisationReportQueries,
  ) {}

  @Get()
  @RequirePermission('illegal-organisation.read')
  @DistrictScope.list('divisionCode')
  @ApiOkResponse({ type: IllegalOrganisationReportPage })
  async list(@Query() query: ReportListQuery): Promise<IllegalOrganisationReportPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('illegal-organisation.read')
  @DistrictScope.record(ILLEGAL_ORGANISATION_REPORT_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: IllegalOrganisationReportResponse })
  get(@Param('id', UUID) id: string): Promise<IllegalOrganisationReportResponse> {
    return this.require(id);
  }

  @Get(':id/history')
  @RequirePermission('illegal-organisation.read')
  @DistrictScope.record(ILLEGAL_ORGANISATION_REPORT_QUERIES)
  @ApiOkResponse({ type: [HandlingStepResponse] })
  async history(@Param('id', UUID) id: string): Promise<HandlingStepResponse[]> {
    await this.require(id);
    return this.queries.history(id);
  }

  @Post()
  @RequirePermission('illegal-organisation.write')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'illegal-organisation.report',
    resourceType: 'illegal-organisation-report',
    idempotent: true,
    resourceId: (_p, r) => (r as IllegalOrganisationReportResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Record a report of an illegal social organisation' })
  @ApiCreatedResponse({ type: IllegalOrganisationReportResponse })
  async report(@Body() body: ReportIllegalOrganisationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<IllegalOrganisationReportResponse> {
    const report = await this.commands.report(body);
    reply.header('Location', `/api/v1/illegal-organisation-reports/${report.id}`);
    return reportView(report);
  }

  @Post(':id/investigation')
  @VersionedCommand(step('investigate', 'Open the investigation (立案调查)'))
  @DistrictScope.record(ILLEGAL_ORGANISATION_REPORT_QUERIES)
  async investigate(
    @Param('id', UUID) id: string,
    @Body() body: HandlingStepRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<IllegalOrganisationReportResponse> {
    return reportView(await this.commands.investigate(id, body, expected));
  }

  @Post(':id/ban')
  @VersionedCommand(step('ban', 'Ban it (依法取缔) by a decision, after the investigation'))
  @DistrictScope.record(ILLEGAL_ORGANISATION_REPORT_QUERIES)
  async ban(@Param('id', UUID) id: string, @Body() body: BanRequest, @IfMatch() expected: number | undefined): Promise<IllegalOrganisationReportResponse> {
    return reportView(await this.commands.ban(id, body, expected));
  }

  @Post(':id/referral')
  @VersionedCommand(step('refer', 'Hand it to the authority with jurisdiction (移交), after the investigation'))
  @DistrictScope.record(ILLEGAL_ORGANISATION_REPORT_QUERIES)
  async refer(
    @Param('id', UUID) id: string,
    @Body() body: ReferralRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<IllegalOrganisationReportResponse> {
    return reportView(await this.commands.refer(id, body, expected));
  }

  @Post(':id/dismissal')
  @VersionedCommand(step('dismiss', 'Dismiss the report (不予立案 / 撤销), saying why'))
  @DistrictScope.record(ILLEGAL_ORGANISATION_REPORT_QUERIES)
  async dismiss(
    @Param('id', UUID) id: string,
    @Body() body: HandlingStepRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<IllegalOrganisationReportResponse> {
    return reportView(await this.commands.dismiss(id, body, expected));
  }

  private async require(id: string): Promise<IllegalOrganisationReportView> {
    const view = await this.queries.get(id);
    if (!view) throw reportNotFound(id);
    return view;
  }
}
