import { Clock, BusinessDate } from '@civic/domain-kernel';
import {
  CLOCK,
  Command,
  DistrictScope,
  IfMatch,
  pageOf,
  PageQuery,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FacilityCommands } from '../application/facility-commands';
import { FACILITY_QUERIES, FacilityQueries, facilityView } from '../application/facility-queries';
import { Facility, facilityNotFound } from '../domain/facility';
import {
  CreditMovePage,
  FacilityListQuery,
  FacilityPage,
  FacilityResponse,
  FileFacilityRequest,
  GradeFacilityRequest,
  MoveCreditRequest,
  ReviseCapacityRequest,
  RevokeFilingRequest,
} from './facility.dto';

/** 养老服务设施: filing (备案), grading (等级评定), capacity, credit (信用评价) and revocation. */
@ApiTags('facilities')
@Controller('api/v1/facilities')
export class FacilitiesController {
  constructor(
    private readonly commands: FacilityCommands,
    @Inject(FACILITY_QUERIES) private readonly queries: FacilityQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission('facility.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Facilities in the caller’s districts, by name; filter by division, kind and filing status' })
  @ApiOkResponse({ type: FacilityPage })
  async list(@Query() query: FacilityListQuery): Promise<FacilityPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('facility.read')
  @DistrictScope.record(FACILITY_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: FacilityResponse })
  async get(@Param('id', UUID) id: string): Promise<FacilityResponse> {
    const view = await this.queries.get(id);
    if (!view) throw facilityNotFound(id);
    return view;
  }

  @Get(':id/credit-moves')
  @RequirePermission('facility.read')
  @DistrictScope.record(FACILITY_QUERIES)
  @ApiOperation({ summary: '信用评价: every move of the facility’s credit score, latest first' })
  @ApiOkResponse({ type: CreditMovePage })
  async creditMoves(@Param('id', UUID) id: string, @Query() page: PageQuery): Promise<CreditMovePage> {
    if (!(await this.queries.divisionOf(id))) throw facilityNotFound(id);
    const { items, total } = await this.queries.creditMoves(id, page);
    return pageOf(items, total, page);
  }

  @Post()
  @RequirePermission('facility.write')
  @DistrictScope.division('divisionCode')
  @Command({ action: 'facility.file', resourceType: 'facility', idempotent: true, resourceId: (_p, r) => (r as FacilityResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: '备案: file a facility in a division the service knows' })
  @ApiCreatedResponse({ type: FacilityResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the division already has a facility of this name' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'unknown division, bad USCC, capacity out of range, filed in the future' })
  async file(@Body() body: FileFacilityRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<FacilityResponse> {
    const filed = await this.commands.file(body);
    reply.header('Location', `/api/v1/facilities/${filed.id}`);
    return this.view(filed);
  }

  @Post(':id/grade')
  @VersionedCommand({
    permission: 'facility.supervise',
    action: 'facility.grade',
    resourceType: 'facility',
    summary: '等级评定: grade an institution 1-5 stars, valid three years',
    response: FacilityResponse,
  })
  @DistrictScope.record(FACILITY_QUERIES)
  async grade(@Param('id', UUID) id: string, @Body() body: GradeFacilityRequest, @IfMatch() expected: number | undefined): Promise<FacilityResponse> {
    return this.view(await this.commands.grade(id, body, expected));
  }

  @Post(':id/credit-moves')
  @VersionedCommand({
    permission: 'facility.supervise',
    action: 'facility.move-credit',
    resourceType: 'facility',
    summary: '信用评价: move the credit score by points, with the reason',
    response: FacilityResponse,
  })
  @DistrictScope.record(FACILITY_QUERIES)
  async moveCredit(@Param('id', UUID) id: string, @Body() body: MoveCreditRequest, @IfMatch() expected: number | undefined): Promise<FacilityResponse> {
    return this.view(await this.commands.moveCredit(id, body, expected));
  }

  @Post(':id/capacity')
  @VersionedCommand({
    permission: 'facility.write',
    action: 'facility.revise-capacity',
    resourceType: 'facility',
    summary: 'Revise the licensed places (a re-filing)',
    response: FacilityResponse,
  })
  @DistrictScope.record(FACILITY_QUERIES)
  async reviseCapacity(@Param('id', UUID) id: string, @Body() body: ReviseCapacityRequest, @IfMatch() expected: number | undefined): Promise<FacilityResponse> {
    return this.view(await this.commands.reviseCapacity(id, body, expected));
  }

  @Post(':id/revocation')
  @VersionedCommand({
    permission: 'facility.write',
    action: 'facility.revoke-filing',
    resourceType: 'facility',
    summary: 'Revoke the filing (closure or a serious breach), with the reason',
    response: FacilityResponse,
  })
  @DistrictScope.record(FACILITY_QUERIES)
  async revoke(@Param('id', UUID) id: string, @Body() body: RevokeFilingRequest, @IfMatch() expected: number | undefined): Promise<FacilityResponse> {
    return this.view(await this.commands.revokeFiling(id, body, expected));
  }

  private view(facility: Facility): FacilityResponse {
    return facilityView(facility, BusinessDate.today(this.clock));
  }
}
