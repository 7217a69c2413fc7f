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
import { ChildCommands } from '../application/child-commands';
import { CHILD_QUERIES, ChildQueries, ChildView, childView } from '../application/child-queries';
import { childNotFound } from '../domain/child';
import {
  AddGuardianRequest,
  ChangeCategoryRequest,
  ChildListQuery,
  ChildPage,
  ChildResponse,
  ChildStatisticsRowResponse,
  CloseChildRequest,
  EndGuardianshipRequest,
  RegisterChildRequest,
} from './child.dto';

/** 儿童信息: children's records, their categories and guardians. Child-welfare roles only, within the caller's districts. */
@ApiTags('children')
@Controller('api/v1')
export class ChildrenController {
  constructor(
    private readonly commands: ChildCommands,
    @Inject(CHILD_QUERIES) private readonly queries: ChildQueries,
  ) {}

  @Post('children')
  @RequirePermission('child.write')
  @DistrictScope.division('divisionCode')
  @Command({ action: 'child.register', resourceType: 'child', idempotent: true, resourceId: (_p, r) => (r as ChildResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Register a child (under 18) in a category; one record per citizen ID' })
  @ApiCreatedResponse({ type: ChildResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the child already has a record' })
  async register(@Body() body: RegisterChildRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ChildResponse> {
    const child = await this.commands.register(body);
    reply.header('Location', `/api/v1/children/${child.id}`);
    return masked(childView(child));
  }

  @Get('children')
  @RequirePermission('child.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Children in the caller’s districts, latest registered first; by category and status' })
  @ApiOkResponse({ type: ChildPage })
  async list(@Query() query: ChildListQuery): Promise<ChildPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('children/:id')
  @RequirePermission('child.read')
  @DistrictScope.record(CHILD_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: ChildResponse })
  async get(@Param('id', UUID) id: string): Promise<ChildResponse> {
    const view = await this.queries.get(id);
    if (!view) throw childNotFound(id);
    return masked(view);
  }

  @Post('children/:id/category-change')
  @VersionedCommand({
    permission: 'child.write',
    action: 'child.change-category',
    resourceType: 'child',
    summary: 'Change the category from a date, with the reason (the history is kept)',
    response: ChildResponse,
  })
  @DistrictScope.record(CHILD_QUERIES)
  async changeCategory(@Param('id', UUID) id: string, @Body() body: ChangeCategoryRequest, @IfMatch() expected: number | undefined): Promise<ChildResponse> {
    return masked(childView(await this.commands.changeCategory(id, body, expected)));
  }

  @Post('children/:id/guardians')
  @VersionedCommand({
    permission: 'child.write',
    action: 'child.add-guardian',
    resourceType: 'child',
    summary: 'Add a guardian (监护人)',
    response: ChildResponse,
  })
  @DistrictScope.record(CHILD_QUERIES)
  async addGuardian(@Param('id', UUID) id: string, @Body() body: AddGuardianRequest, @IfMatch() expected: number | undefined): Promise<ChildResponse> {
    return masked(childView(await this.commands.addGuardian(id, body, expected)));
  }

  @Post('children/:id/guardians/:guardianId/end')
  @VersionedCommand({
    permission: 'child.write',
    action: 'child.end-guardianship',
    resourceType: 'child',
    summary: 'End a guardianship, with the reason',
    response: ChildResponse,
  })
  @DistrictScope.record(CHILD_QUERIES)
  async endGuardianship(
    @Param('id', UUID) id: string,
    @Param('guardianId', UUID) guardianId: string,
    @Body() body: EndGuardianshipRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ChildResponse> {
    return masked(childView(await this.commands.endGuardianship(id, guardianId, body, expected)));
  }

  @Get('statistics/children')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Children with an active record per district and category' })
  @ApiOkResponse({ type: [ChildStatisticsRowResponse] })
  statistics(@Query() query: DivisionFilterQuery): Promise<ChildStatisticsRowResponse[]> {
    return this.queries.statistics(query.divisionCode);
  }

  @Post('children/:id/closure')
  @VersionedCommand({
    permission: 'child.write',
    action: 'child.close',
    resourceType: 'child',
    summary: 'Close the record (moved away, or a fact not yet received as an event)',
    response: ChildResponse,
  })
  @DistrictScope.record(CHILD_QUERIES)
  async close(@Param('id', UUID) id: string, @Body() body: CloseChildRequest, @IfMatch() expected: number | undefined): Promise<ChildResponse> {
    return masked(childView(await this.commands.close(id, body, expected)));
  }
}

function masked(view: ChildView): ChildResponse {
  return {
    ...view,
    citizenId: citizenIdForCaller('child-welfare', view.citizenId),
    guardians: view.guardians.map((g) => ({ ...g, citizenId: g.citizenId ? citizenIdForCaller('child-welfare', g.citizenId) : null })),
  };
}
