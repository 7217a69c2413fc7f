import { Command, DistrictScope, IfMatch, pageOf, ProblemDetails, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { OrganisationCommands } from '../application/organisation-commands';
import { ORGANISATION_QUERIES, OrganisationQueries, OrganisationView, organisationView } from '../application/organisation-queries';
import { organisationNotFound } from '../domain/organisation';
import {
  ChangeOrganisationRequest,
  ClearDormancyRequest,
  DeregisterOrganisationRequest,
  GradeOrganisationRequest,
  InspectionRequest,
  InspectionResponse,
  OrganisationHistoryResponse,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationResponse,
  QualifyFundraisingRequest,
  RecogniseCharityRequest,
  RegisterOrganisationRequest,
} from './organisation.dto';

const edit = (action: string, summary: string) => ({
  permission: 'organisation.write',
  action: `organisation.${action}`,
  resourceType: 'organisation',
  summary,
  response: OrganisationResponse,
});

/** 社会组织登记管理: registration, changes, grades, inspections, dormancy, charity recognition and fundraising qualification. */
@ApiTags('organisations')
@Controller('api/v1/organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: OrganisationCommands,
    @Inject(ORGANISATION_QUERIES) private readonly queries: OrganisationQueries,
  ) {}

  @Get()
  @RequirePermission('organisation.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Organisations by name; filter by kind, status, grade, dormancy or grades expiring by a day' })
  @ApiOkResponse({ type: OrganisationPage })
  async list(@Query() query: OrganisationListQuery): Promise<OrganisationPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('organisation.read')
  @DistrictScope.record(ORGANISATION_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: OrganisationResponse })
  get(@Param('id', UUID) id: string): Promise<OrganisationResponse> {
    return this.require(id);
  }

  @Get(':id/history')
  @RequirePermission('organisation.read')
  @DistrictScope.record(ORGANISATION_QUERIES)
  @ApiOperation({ summary: 'Every change of the organisation, oldest first' })
  @ApiOkResponse({ type: [OrganisationHistoryResponse] })
  async history(@Param('id', UUID) id: string): Promise<OrganisationHistoryResponse[]> {
    await this.require(id);
    return this.queries.history(id);
  }

  @Get(':id/inspections')
  @RequirePermission('organisation.read')
  @DistrictScope.record(ORGANISATION_QUERIES)
  @ApiOkResponse({ type: [InspectionResponse] })
  async inspections(@Param('id', UUID) id: string): Promise<InspectionResponse[]> {
    await this.require(id);
    return this.queries.inspections(id);
  }

  @Post()
  @RequirePermission('organisation.write')
  @DistrictScope.division('domicileDivisionCode')
  @Command({
    action: 'organisation.register',
    resourceType: 'organisation',
    idempotent: true,
    resourceId: (_p, r) => (r as OrganisationResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Register a social organisation (成立登记) under its unified social credit code' })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'an organisation with this code is registered already' })
  async register(@Body() body: RegisterOrganisationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganisationResponse> {
    const registered = await this.commands.register(body);
    reply.header('Location', `/api/v1/organisations/${registered.id}`);
    return organisationView(registered);
  }

  @Post(':id/changes')
  @VersionedCommand(edit('change', 'Change its name, domicile or legal representative (变更登记)'))
  @DistrictScope.record(ORGANISATION_QUERIES)
  @DistrictScope.division('domicileDivisionCode')
  async change(@Param('id', UUID) id: string, @Body() body: ChangeOrganisationRequest, @IfMatch() expected: number | undefined): Promise<OrganisationResponse> {
    return organisationView(await this.commands.change(id, body, expected));
  }

  @Post(':id/deregistration')
  @VersionedCommand(edit('deregister', 'Deregister it (注销登记), with the reason'))
  @DistrictScope.record(ORGANISATION_QUERIES)
  async deregister(
    @Param('id', UUID) id: string,
    @Body() body: DeregisterOrganisationRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<OrganisationResponse> {
    return organisationView(await this.commands.deregister(id, body, expected));
  }

  @Post(':id/grade')
  @VersionedCommand(edit('grade', 'Record its evaluation grade (等级评估) 1A-5A, valid five years'))
  @DistrictScope.record(ORGANISATION_QUERIES)
  async grade(@Param('id', UUID) id: string, @Body() body: GradeOrganisationRequest, @IfMatch() expected: number | undefined): Promise<OrganisationResponse> {
    return organisationView(await this.commands.grade(id, body, expected));
  }

  @Post(':id/inspections')
  @HttpCode(201)
  @RequirePermission('organisation.write')
  @DistrictScope.record(ORGANISATION_QUERIES)
  @Command({ action: 'organisation.inspect', resourceType: 'organisation', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record the annual inspection (年检) of a finished work year; one per year' })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the inspection of this year is recorded already' })
  async inspect(@Param('id', UUID) id: string, @Body() body: InspectionRequest): Promise<OrganisationResponse> {
    return organisationView(await this.commands.inspect(id, body));
  }

  @Post(':id/dormancy-clearance')
  @VersionedCommand(edit('clear-dormancy', 'Clear the dormant flag (僵尸型), saying why'))
  @DistrictScope.record(ORGANISATION_QUERIES)
  async clearDormancy(
    @Param('id', UUID) id: string,
    @Body() body: ClearDormancyRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<OrganisationResponse> {
    return organisationView(await this.commands.clearDormancy(id, body, expected));
  }

  @Post(':id/charity-recognition')
  @VersionedCommand(edit('recognise-charity', 'Recognise it as a charity (慈善组织认定)'))
  @DistrictScope.record(ORGANISATION_QUERIES)
  async recognise(
    @Param('id', UUID) id: string,
    @Body() body: RecogniseCharityRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<OrganisationResponse> {
    return organisationView(await this.commands.recogniseAsCharity(id, body, expected));
  }

  @Post(':id/fundraising-qualification')
  @VersionedCommand(edit('qualify-fundraising', 'Grant the public fundraising qualification (公开募捐资格): recognised, and registered the minimum time'))
  @DistrictScope.record(ORGANISATION_QUERIES)
  async qualify(
    @Param('id', UUID) id: string,
    @Body() body: QualifyFundraisingRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<OrganisationResponse> {
    return organisationView(await this.commands.qualifyForPublicFundraising(id, body, expected));
  }

  private async require(id: string): Promise<OrganisationView> {
    const view = await this.queries.get(id);
    if (!view) throw organisationNotFound(id);
    return view;
  }
}
