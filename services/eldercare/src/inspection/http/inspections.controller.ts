import { Clock, BusinessDate } from '@civic/domain-kernel';
import { CLOCK, Command, DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FACILITY_QUERIES } from '../../facility/application/facility-queries';
import { InspectionCommands } from '../application/inspection-commands';
import { INSPECTION_QUERIES, InspectionQueries, inspectionView } from '../application/inspection-queries';
import { inspectionNotFound } from '../domain/inspection';
import {
  InspectionListQuery,
  InspectionPage,
  InspectionResponse,
  OverdueListQuery,
  OverdueRectificationPage,
  RecordInspectionRequest,
  RectifyRequest,
} from './inspection.dto';

/** 综合监管: inspections of facilities with findings and rectification deadlines, and each district's overdue list. */
@ApiTags('inspections')
@Controller('api/v1')
export class InspectionsController {
  constructor(
    private readonly commands: InspectionCommands,
    @Inject(INSPECTION_QUERIES) private readonly queries: InspectionQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('facilities/:id/inspections')
  @RequirePermission('facility.supervise')
  @DistrictScope.record(FACILITY_QUERIES)
  @Command({ action: 'inspection.record', resourceType: 'inspection', idempotent: true, resourceId: (_p, r) => (r as InspectionResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: '检查: record an inspection of the facility in one field, with the problems found and their rectification deadlines' })
  @ApiCreatedResponse({ type: InspectionResponse })
  async record(
    @Param('id', UUID) facilityId: string,
    @Body() body: RecordInspectionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InspectionResponse> {
    const inspection = await this.commands.record(facilityId, body);
    reply.header('Location', `/api/v1/inspections/${inspection.id}`);
    return inspectionView(inspection);
  }

  @Get('inspections')
  @RequirePermission('facility.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Inspections in the caller’s districts, latest first; by facility and field' })
  @ApiOkResponse({ type: InspectionPage })
  async list(@Query() query: InspectionListQuery): Promise<InspectionPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get('inspections/:id')
  @RequirePermission('facility.read')
  @DistrictScope.record(INSPECTION_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: InspectionResponse })
  async get(@Param('id', UUID) id: string): Promise<InspectionResponse> {
    const view = await this.queries.get(id);
    if (!view) throw inspectionNotFound(id);
    return view;
  }

  @Post('inspections/:id/findings/:findingId/rectification')
  @VersionedCommand({
    permission: 'facility.supervise',
    action: 'inspection.rectify',
    resourceType: 'inspection',
    summary: '整改完成: a finding put right (late or not: an overdue one keeps the credit it cost)',
    response: InspectionResponse,
  })
  @DistrictScope.record(INSPECTION_QUERIES)
  async rectify(
    @Param('id', UUID) id: string,
    @Param('findingId', UUID) findingId: string,
    @Body() body: RectifyRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<InspectionResponse> {
    return inspectionView(await this.commands.rectify(id, findingId, body, expected));
  }

  @Get('overdue-rectifications')
  @RequirePermission('facility.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: '逾期未整改: findings open past their deadline in the caller’s districts, by district and deadline' })
  @ApiOkResponse({ type: OverdueRectificationPage })
  async overdue(@Query() query: OverdueListQuery): Promise<OverdueRectificationPage> {
    const { items, total } = await this.queries.overdue(BusinessDate.today(this.clock).toString(), query, query);
    return pageOf(items, total, query);
  }
}
