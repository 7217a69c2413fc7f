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
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FACILITY_QUERIES } from '../../facility/application/facility-queries';
import { BedCommands } from '../application/bed-commands';
import { BED_QUERIES, BedQueries, BedView, RESIDENCY_QUERIES, ResidencyQueries } from '../application/bed-queries';
import { ResidencyCommands } from '../application/residency-commands';
import { bedNotFound } from '../domain/bed-rules';
import { AddBedRequest, AdmitRequest, BedListQuery, BedPage, BedResponse, ResidencyResponse, WithdrawBedRequest } from './bed.dto';
import { residencyResponse } from './residents.controller';

/** 床位: beds of facilities and family care beds, and direct admission into one. */
@ApiTags('beds')
@Controller('api/v1')
export class BedsController {
  constructor(
    private readonly beds: BedCommands,
    private readonly residencies: ResidencyCommands,
    @Inject(BED_QUERIES) private readonly queries: BedQueries,
    @Inject(RESIDENCY_QUERIES) private readonly residencyQueries: ResidencyQueries,
  ) {}

  @Post('facilities/:id/beds')
  @RequirePermission('bed.write')
  @DistrictScope.record(FACILITY_QUERIES)
  @Command({ action: 'bed.add', resourceType: 'bed', idempotent: true, resourceId: (_p, r) => (r as BedResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Add a bed to a facility within its licensed places, or a family care bed (家庭照护床位) served from it' })
  @ApiCreatedResponse({ type: BedResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the facility has a bed of this code, or its filing is revoked' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'over the licensed places, a day facility, a family care bed without its home' })
  async add(@Param('id', UUID) facilityId: string, @Body() body: AddBedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<BedResponse> {
    const bed = await this.beds.add(facilityId, body);
    reply.header('Location', `/api/v1/beds/${bed.id}`);
    return this.view(bed.id);
  }

  @Get('beds')
  @RequirePermission('bed.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Beds in the caller’s districts; filter by facility, kind and vacancy' })
  @ApiOkResponse({ type: BedPage })
  async list(@Query() query: BedListQuery): Promise<BedPage> {
    const { items, total } = await this.queries.list({ ...query, vacant: query.vacant === undefined ? undefined : query.vacant === 'true' }, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('beds/:id')
  @RequirePermission('bed.read')
  @DistrictScope.record(BED_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: BedResponse })
  async get(@Param('id', UUID) id: string): Promise<BedResponse> {
    return this.view(id);
  }

  @Post('beds/:id/withdrawal')
  @VersionedCommand({
    permission: 'bed.write',
    action: 'bed.withdraw',
    resourceType: 'bed',
    summary: 'Take a vacant bed out of service, with the reason',
    response: BedResponse,
  })
  @DistrictScope.record(BED_QUERIES)
  async withdraw(@Param('id', UUID) id: string, @Body() body: WithdrawBedRequest, @IfMatch() expected: number | undefined): Promise<BedResponse> {
    await this.beds.withdraw(id, body.reason, expected);
    return this.view(id);
  }

  @Post('beds/:id/admissions')
  @RequirePermission('resident.admit')
  @DistrictScope.record(BED_QUERIES)
  @Command({ action: 'resident.admit', resourceType: 'residency', idempotent: true, resourceId: (_p, r) => (r as ResidencyResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: '入住: admit an elder into a vacant bed (basic-guarantee beds come from the waiting list)' })
  @ApiCreatedResponse({ type: ResidencyResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the bed has a resident, or the elder already occupies a bed' })
  async admit(@Param('id', UUID) bedId: string, @Body() body: AdmitRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ResidencyResponse> {
    const residency = await this.residencies.admit(bedId, body);
    reply.header('Location', `/api/v1/residents/${residency.id}`);
    return residencyResponse((await this.residencyQueries.get(residency.id))!);
  }

  private async view(id: string): Promise<BedResponse> {
    const view = await this.queries.get(id);
    if (!view) throw bedNotFound(id);
    return masked(view);
  }
}

function masked(view: BedView): BedResponse {
  return { ...view, occupant: view.occupant && { ...view.occupant, citizenId: citizenIdForCaller('eldercare', view.occupant.citizenId) } };
}
