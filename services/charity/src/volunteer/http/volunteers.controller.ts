import {
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
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { VolunteerCommands } from '../application/volunteer-commands';
import { VOLUNTEER_QUERIES, VolunteerQueries, VolunteerView } from '../application/volunteer-queries';
import { volunteerNotFound } from '../domain/volunteer';
import {
  CertificateResponse,
  JoinOrganisationRequest,
  RegisterVolunteerRequest,
  ServiceRecordPage,
  ServiceRecordRequest,
  VolunteerListQuery,
  VolunteerPage,
  VolunteerResponse,
} from './volunteer.dto';

/** 志愿服务记录: volunteers, the organisations they serve, their service hours and certificates. */
@ApiTags('volunteers')
@Controller('api/v1/volunteers')
export class VolunteersController {
  constructor(
    private readonly commands: VolunteerCommands,
    @Inject(VOLUNTEER_QUERIES) private readonly queries: VolunteerQueries,
  ) {}

  @Get()
  @RequirePermission('volunteer.read')
  @DistrictScope.list('divisionCode')
  @ApiOkResponse({ type: VolunteerPage })
  async list(@Query() query: VolunteerListQuery): Promise<VolunteerPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('volunteer.read')
  @DistrictScope.record(VOLUNTEER_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: VolunteerResponse })
  get(@Param('id', UUID) id: string): Promise<VolunteerResponse> {
    return this.require(id);
  }

  @Post()
  @RequirePermission('volunteer.write')
  @DistrictScope.division('divisionCode')
  @Command({ action: 'volunteer.register', resourceType: 'volunteer', idempotent: true, resourceId: (_p, r) => (r as VolunteerResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Register a volunteer (one record per citizen ID)' })
  @ApiCreatedResponse({ type: VolunteerResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'a volunteer with this citizen ID is registered already' })
  async register(@Body() body: RegisterVolunteerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<VolunteerResponse> {
    const volunteer = await this.commands.register(body);
    reply.header('Location', `/api/v1/volunteers/${volunteer.id}`);
    return this.require(volunteer.id);
  }

  @Post(':id/memberships')
  @VersionedCommand({
    permission: 'volunteer.write',
    action: 'volunteer.join',
    resourceType: 'volunteer',
    summary: 'The volunteer joins a registered organisation to serve with it',
    response: VolunteerResponse,
  })
  @DistrictScope.record(VOLUNTEER_QUERIES)
  async join(@Param('id', UUID) id: string, @Body() body: JoinOrganisationRequest, @IfMatch() expected: number | undefined): Promise<VolunteerResponse> {
    await this.commands.join(id, body, expected);
    return this.require(id);
  }

  @Get(':id/service-records')
  @RequirePermission('volunteer.read')
  @DistrictScope.record(VOLUNTEER_QUERIES)
  @ApiOkResponse({ type: ServiceRecordPage })
  async serviceRecords(@Param('id', UUID) id: string, @Query() page: PageQuery): Promise<ServiceRecordPage> {
    await this.require(id);
    const { items, total } = await this.queries.serviceRecords(id, page);
    return pageOf(items, total, page);
  }

  @Post(':id/service-records')
  @HttpCode(201)
  @RequirePermission('volunteer.write')
  @DistrictScope.record(VOLUNTEER_QUERIES)
  @Command({ action: 'volunteer.serve', resourceType: 'volunteer', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record hours served with an organisation the volunteer had joined' })
  @ApiCreatedResponse({ type: VolunteerResponse })
  async serve(@Param('id', UUID) id: string, @Body() body: ServiceRecordRequest): Promise<VolunteerResponse> {
    await this.commands.serve(id, body);
    return this.require(id);
  }

  @Post(':id/certificates')
  @HttpCode(201)
  @RequirePermission('volunteer.write')
  @DistrictScope.record(VOLUNTEER_QUERIES)
  @Command({ action: 'volunteer.certify', resourceType: 'volunteer', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Issue a certificate of the cumulative hours recorded (志愿服务证明); its number lets a third party check it' })
  @ApiCreatedResponse({ type: CertificateResponse })
  async certify(@Param('id', UUID) id: string): Promise<CertificateResponse> {
    const c = await this.commands.certify(id);
    return {
      number: c.number,
      name: c.name,
      citizenIdMasked: c.citizenIdMasked,
      hours: c.hours,
      records: c.records,
      firstServedOn: c.firstServedOn.toString(),
      lastServedOn: c.lastServedOn.toString(),
      issuedOn: c.issuedOn.toString(),
    };
  }

  private async require(id: string): Promise<VolunteerView> {
    const view = await this.queries.get(id);
    if (!view) throw volunteerNotFound(id);
    return view;
  }
}
