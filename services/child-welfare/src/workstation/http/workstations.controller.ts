import {
  citizenIdForCaller,
  Command,
  DistrictScope,
  DivisionFilterQuery,
  IfMatch,
  pageOf,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { WorkstationCommands } from '../application/workstation-commands';
import { WORKSTATION_QUERIES, WorkstationQueries, WorkstationView, workstationView } from '../application/workstation-queries';
import { workstationNotFound } from '../domain/workstation';
import {
  AppointStaffRequest,
  CoverageRowResponse,
  EstablishWorkstationRequest,
  ReleaseStaffRequest,
  WorkstationListQuery,
  WorkstationPage,
  WorkstationResponse,
} from './workstation.dto';

/** 未成年人保护工作站 and their staff (儿童督导员, 儿童主任), with the coverage of sub-districts. */
@ApiTags('workstations')
@Controller('api/v1')
export class WorkstationsController {
  constructor(
    private readonly commands: WorkstationCommands,
    @Inject(WORKSTATION_QUERIES) private readonly queries: WorkstationQueries,
  ) {}

  @Post('workstations')
  @RequirePermission('workstation.write')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'workstation.establish',
    resourceType: 'workstation',
    idempotent: true,
    resourceId: (_p, r) => (r as WorkstationResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Establish the workstation of a sub-district (one each)' })
  @ApiCreatedResponse({ type: WorkstationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the sub-district already has a workstation' })
  async establish(@Body() body: EstablishWorkstationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<WorkstationResponse> {
    const station = await this.commands.establish(body);
    reply.header('Location', `/api/v1/workstations/${station.id}`);
    return masked(workstationView(station));
  }

  @Get('workstations')
  @RequirePermission('workstation.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Workstations in the caller’s districts, by division' })
  @ApiOkResponse({ type: WorkstationPage })
  async list(@Query() query: WorkstationListQuery): Promise<WorkstationPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('workstations/:id')
  @RequirePermission('workstation.read')
  @DistrictScope.record(WORKSTATION_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: WorkstationResponse })
  async get(@Param('id', UUID) id: string): Promise<WorkstationResponse> {
    const view = await this.queries.get(id);
    if (!view) throw workstationNotFound(id);
    return masked(view);
  }

  @Post('workstations/:id/staff')
  @VersionedCommand({
    permission: 'workstation.write',
    action: 'workstation.appoint',
    resourceType: 'workstation',
    summary: 'Appoint a supervisor (儿童督导员) or child director (儿童主任)',
    response: WorkstationResponse,
  })
  @DistrictScope.record(WORKSTATION_QUERIES)
  async appoint(@Param('id', UUID) id: string, @Body() body: AppointStaffRequest, @IfMatch() expected: number | undefined): Promise<WorkstationResponse> {
    return masked(workstationView(await this.commands.appoint(id, body, expected)));
  }

  @Post('workstations/:id/staff/:staffId/departure')
  @VersionedCommand({
    permission: 'workstation.write',
    action: 'workstation.release',
    resourceType: 'workstation',
    summary: 'A staff member leaves their post',
    response: WorkstationResponse,
  })
  @DistrictScope.record(WORKSTATION_QUERIES)
  async release(
    @Param('id', UUID) id: string,
    @Param('staffId', UUID) staffId: string,
    @Body() body: ReleaseStaffRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<WorkstationResponse> {
    return masked(workstationView(await this.commands.release(id, staffId, body, expected)));
  }

  @Get('statistics/workstation-coverage')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Per district: sub-districts in force, those with a workstation, and child directors in post' })
  @ApiOkResponse({ type: [CoverageRowResponse] })
  coverage(@Query() query: DivisionFilterQuery): Promise<CoverageRowResponse[]> {
    return this.queries.coverage(query.divisionCode);
  }
}

function masked(view: WorkstationView): WorkstationResponse {
  return { ...view, staff: view.staff.map((m) => ({ ...m, citizenId: citizenIdForCaller('child-welfare', m.citizenId) })) };
}
