import { Command, DistrictScope, pageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ActionRequest,
  AgencyListQuery,
  AgencyPage,
  AgencyResponse,
  ComplaintRequest,
  ComplaintResolutionRequest,
  RegisterAgencyRequest,
  StatusRequest,
} from './agency.dto';
import { AgencyCommands } from '../application/agency-commands';
import { AGENCY_QUERIES, AgencyQueries, agencyView } from '../application/agency-queries';
import { agencyNotFound } from '../domain/agency';

export interface AgencyRegistryOptions {
  /** Route under /api/v1, e.g. `marriage-agencies`. */
  path: string;
  /** Swagger tag and what the agencies are, e.g. `婚姻介绍机构 marriage agencies`. */
  title: string;
  /** Permission prefix: `<prefix>.read` and `<prefix>.manage`. */
  permission: string;
}

/** The HTTP face of an agency registry, mounted where a service wants it. */
export function agencyRegistryController(options: AgencyRegistryOptions): Type {
  const read = `${options.permission}.read`;
  const manage = `${options.permission}.manage`;

  @ApiTags(options.path)
  @Controller(`api/v1/${options.path}`)
  class AgencyRegistryController {
    constructor(
      private readonly commands: AgencyCommands,
      @Inject(AGENCY_QUERIES) private readonly queries: AgencyQueries,
    ) {}

    @Post()
    @RequirePermission(manage)
    @Command({
      action: `${options.permission}.register`,
      resourceType: options.path,
      idempotent: true,
      resourceId: (_p, r) => (r as AgencyResponse | undefined)?.id,
    })
    @ApiOperation({ summary: `Register one of the ${options.title} under its unified social credit code` })
    @ApiCreatedResponse({ type: AgencyResponse })
    @DistrictScope.division('divisionCode')
    async register(@Body() body: RegisterAgencyRequest): Promise<AgencyResponse> {
      return agencyView(await this.commands.register(body));
    }

    @Get()
    @RequirePermission(read)
    @ApiOkResponse({ type: AgencyPage })
    @DistrictScope.list('divisionCode')
    async list(@Query() query: AgencyListQuery): Promise<AgencyPage> {
      const { items, total } = await this.queries.list(query, query);
      return pageOf(items, total, query);
    }

    @Get(':id')
    @RequirePermission(read)
    @ApiOkResponse({ type: AgencyResponse })
    @DistrictScope.record(AGENCY_QUERIES)
    async get(@Param('id', UUID) id: string): Promise<AgencyResponse> {
      const agency = await this.queries.get(id);
      if (!agency) throw agencyNotFound(id);
      return agency;
    }

    @Post(':id/complaints')
    @RequirePermission(manage)
    @Command({ action: `${options.permission}.complaint`, resourceType: options.path, idempotent: true, resourceId: (p) => p.id })
    @ApiOperation({ summary: 'Record a complaint (投诉)' })
    @ApiCreatedResponse({ type: AgencyResponse })
    @DistrictScope.record(AGENCY_QUERIES)
    async complain(@Param('id', UUID) id: string, @Body() body: ComplaintRequest): Promise<AgencyResponse> {
      return agencyView(await this.commands.complain(id, body));
    }

    @Post(':id/complaints/:complaintId/resolution')
    @HttpCode(200)
    @RequirePermission(manage)
    @Command({ action: `${options.permission}.resolve-complaint`, resourceType: options.path, resourceId: (p) => p.id })
    @ApiOkResponse({ type: AgencyResponse })
    @DistrictScope.record(AGENCY_QUERIES)
    async resolve(
      @Param('id', UUID) id: string,
      @Param('complaintId', UUID) complaintId: string,
      @Body() body: ComplaintResolutionRequest,
    ): Promise<AgencyResponse> {
      return agencyView(await this.commands.resolveComplaint(id, complaintId, body));
    }

    @Post(':id/actions')
    @RequirePermission(manage)
    @Command({ action: `${options.permission}.action`, resourceType: options.path, idempotent: true, resourceId: (p) => p.id })
    @ApiOperation({ summary: 'Record an inspection (检查), a rectification notice (责令整改) or a joint enforcement (联合执法)' })
    @ApiCreatedResponse({ type: AgencyResponse })
    @DistrictScope.record(AGENCY_QUERIES)
    async act(@Param('id', UUID) id: string, @Body() body: ActionRequest): Promise<AgencyResponse> {
      return agencyView(await this.commands.act(id, body));
    }

    @Post(':id/status')
    @HttpCode(200)
    @RequirePermission(manage)
    @Command({ action: `${options.permission}.status`, resourceType: options.path, resourceId: (p) => p.id })
    @ApiOperation({ summary: 'Suspend, reinstate or revoke the agency, with a reason' })
    @ApiOkResponse({ type: AgencyResponse })
    @DistrictScope.record(AGENCY_QUERIES)
    async status(@Param('id', UUID) id: string, @Body() body: StatusRequest): Promise<AgencyResponse> {
      return agencyView(await this.commands.changeStatus(id, body));
    }
  }
  Object.defineProperty(AgencyRegistryController, 'name', { value: `${options.path.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}Controller` });
  return AgencyRegistryController;
}
