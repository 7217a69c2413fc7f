import {
  citizenIdForCaller,
  Command,
  DistrictScope,
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
import { FACILITY_QUERIES } from '../../facility/application/facility-queries';
import { CareWorkerCommands } from '../application/care-worker-commands';
import { CARE_WORKER_QUERIES, CareWorkerQueries, CareWorkerView, careWorkerView } from '../application/care-worker-queries';
import { careWorkerNotFound } from '../domain/care-worker';
import { CareWorkerListQuery, CareWorkerPage, CareWorkerResponse, HireCareWorkerRequest, LeaveRequest, RecordTrainingRequest } from './care-worker.dto';

/** 养老护理员: the care workers of facilities, their skill levels and training records. */
@ApiTags('care-workers')
@Controller('api/v1')
export class CareWorkersController {
  constructor(
    private readonly commands: CareWorkerCommands,
    @Inject(CARE_WORKER_QUERIES) private readonly queries: CareWorkerQueries,
  ) {}

  @Post('facilities/:id/care-workers')
  @RequirePermission('care-worker.write')
  @DistrictScope.record(FACILITY_QUERIES)
  @Command({ action: 'care-worker.hire', resourceType: 'care-worker', idempotent: true, resourceId: (_p, r) => (r as CareWorkerResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'A facility hires a care worker (16 and over), with their skill level' })
  @ApiCreatedResponse({ type: CareWorkerResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the worker is employed by a facility, or the facility’s filing is revoked' })
  async hire(
    @Param('id', UUID) facilityId: string,
    @Body() body: HireCareWorkerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CareWorkerResponse> {
    const worker = await this.commands.hire(facilityId, body);
    reply.header('Location', `/api/v1/care-workers/${worker.id}`);
    return masked(careWorkerView(worker));
  }

  @Get('care-workers')
  @RequirePermission('care-worker.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Care workers of facilities in the caller’s districts; by facility, status and skill level' })
  @ApiOkResponse({ type: CareWorkerPage })
  async list(@Query() query: CareWorkerListQuery): Promise<CareWorkerPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('care-workers/:id')
  @RequirePermission('care-worker.read')
  @DistrictScope.record(CARE_WORKER_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: CareWorkerResponse })
  async get(@Param('id', UUID) id: string): Promise<CareWorkerResponse> {
    const view = await this.queries.get(id);
    if (!view) throw careWorkerNotFound(id);
    return masked(view);
  }

  @Post('care-workers/:id/trainings')
  @VersionedCommand({
    permission: 'care-worker.write',
    action: 'care-worker.record-training',
    resourceType: 'care-worker',
    summary: '培训: record a training completed; a level it certified raises the worker’s level',
    response: CareWorkerResponse,
  })
  @DistrictScope.record(CARE_WORKER_QUERIES)
  async train(@Param('id', UUID) id: string, @Body() body: RecordTrainingRequest, @IfMatch() expected: number | undefined): Promise<CareWorkerResponse> {
    return masked(careWorkerView(await this.commands.recordTraining(id, body, expected)));
  }

  @Post('care-workers/:id/departure')
  @VersionedCommand({
    permission: 'care-worker.write',
    action: 'care-worker.leave',
    resourceType: 'care-worker',
    summary: '离职: the worker leaves the facility',
    response: CareWorkerResponse,
  })
  @DistrictScope.record(CARE_WORKER_QUERIES)
  async leave(@Param('id', UUID) id: string, @Body() body: LeaveRequest, @IfMatch() expected: number | undefined): Promise<CareWorkerResponse> {
    return masked(careWorkerView(await this.commands.leave(id, body, expected)));
  }
}

function masked(view: CareWorkerView): CareWorkerResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}
