import { citizenIdForCaller, DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VisitTaskCommands } from '../application/visit-task-commands';
import { VISIT_TASK_QUERIES, VisitTaskQueries, VisitTaskView } from '../application/visit-task-queries';
import { visitTaskNotFound } from '../domain/visit-task';
import { CloseVisitRequest, VisitListQuery, VisitTaskPage, VisitTaskResponse } from './visit-task.dto';

/** 独居老人探访: the visits a district owes the elders tagged living alone. */
@ApiTags('visit-tasks')
@Controller('api/v1/visit-tasks')
export class VisitTasksController {
  constructor(
    private readonly commands: VisitTaskCommands,
    @Inject(VISIT_TASK_QUERIES) private readonly queries: VisitTaskQueries,
  ) {}

  @Get()
  @RequirePermission('visit.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Visits in the caller’s districts, open ones first, oldest first' })
  @ApiOkResponse({ type: VisitTaskPage })
  async list(@Query() query: VisitListQuery): Promise<VisitTaskPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get(':id')
  @RequirePermission('visit.read')
  @DistrictScope.record(VISIT_TASK_QUERIES)
  @ApiOkResponse({ type: VisitTaskResponse })
  async get(@Param('id', UUID) id: string): Promise<VisitTaskResponse> {
    return this.view(id);
  }

  @Post(':id/closure')
  @VersionedCommand({
    permission: 'visit.close',
    action: 'visit.close',
    resourceType: 'visit-task',
    summary: 'Record the visit: its date and what was found',
    response: VisitTaskResponse,
  })
  @DistrictScope.record(VISIT_TASK_QUERIES)
  async close(@Param('id', UUID) id: string, @Body() body: CloseVisitRequest, @IfMatch() expected: number | undefined): Promise<VisitTaskResponse> {
    await this.commands.close(id, body, expected);
    return this.view(id);
  }

  private async view(id: string): Promise<VisitTaskResponse> {
    const view = await this.queries.get(id);
    if (!view) throw visitTaskNotFound(id);
    return masked(view);
  }
}

function masked(view: VisitTaskView): VisitTaskResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}
