import { Money } from '@civic/domain-kernel';
import {
  citizenIdForCaller,
  Command,
  DistrictScope,
  DivisionFilterQuery,
  IfMatch,
  keysetPageOf,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommunityWorkerCommands } from '../application/community-worker-commands';
import { COMMUNITY_WORKER_QUERIES, CommunityWorkerQueries, CommunityWorkerView } from '../application/community-worker-queries';
import { workerNotFound } from '../domain/community-worker';
import {
  AddPostRequest,
  AppointWorkerRequest,
  GradeResponse,
  LeaveRequest,
  PostListQuery,
  PostPage,
  PostResponse,
  RegradeRequest,
  TrainingRequest,
  WorkerResponse,
  WorkerStatisticsResponse,
} from './community-worker.dto';

/** 社区工作者: posts per committee (三岗), workers on the grade scale (十八级), trainings, vacancies. */
@ApiTags('community-workers')
@Controller('api/v1')
export class CommunityWorkersController {
  constructor(
    private readonly commands: CommunityWorkerCommands,
    @Inject(COMMUNITY_WORKER_QUERIES) private readonly queries: CommunityWorkerQueries,
  ) {}

  @Get('worker-grades')
  @RequirePermission('worker.read')
  @DistrictScope.cityWide('the city’s grade scale')
  @ApiOperation({ summary: '三岗十八级: the grades each post spans and the monthly pay of each (data)' })
  @ApiOkResponse({ type: [GradeResponse] })
  async grades(): Promise<GradeResponse[]> {
    return (await this.queries.scale()).map((g) => ({ post: g.post, grade: g.grade, monthlyPay: Money.ofFen(g.monthlyPayFen).toString() }));
  }

  @Get('community-posts')
  @RequirePermission('worker.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Posts under a division, vacant ones with `vacant=true`, in keyset pages' })
  @ApiOkResponse({ type: PostPage })
  async posts(@Query() query: PostListQuery): Promise<PostPage> {
    return keysetPageOf(await this.queries.posts(query.divisionCode, query.vacant === true, query), query);
  }

  @Post('community-posts')
  @RequirePermission('worker.write')
  @DistrictScope.division('committeeCode')
  @Command({ action: 'community-post.add', resourceType: 'community-post', idempotent: true, resourceId: (_p, r) => (r as PostResponse | undefined)?.id })
  @ApiOperation({ summary: 'A post of a committee (三岗: head, deputy or officer)' })
  @ApiCreatedResponse({ type: PostResponse })
  async addPost(@Body() body: AddPostRequest): Promise<PostResponse> {
    return { ...(await this.commands.addPost(body)), workerId: null };
  }

  @Post('community-workers')
  @RequirePermission('worker.write')
  @DistrictScope.domainRule('the post names the committee; its district must be the caller’s (checked with the post)')
  @Command({
    action: 'community-worker.appoint',
    resourceType: 'community-worker',
    idempotent: true,
    resourceId: (_p, r) => (r as WorkerResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Appoint a worker to a vacant post at a grade on its scale' })
  @ApiCreatedResponse({ type: WorkerResponse })
  async appoint(@Body() body: AppointWorkerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<WorkerResponse> {
    const worker = await this.commands.appoint(body);
    reply.header('Location', `/api/v1/community-workers/${worker.id}`);
    return this.view(worker.id);
  }

  @Get('community-workers/:id')
  @RequirePermission('worker.read')
  @DistrictScope.record(COMMUNITY_WORKER_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: WorkerResponse })
  get(@Param('id', UUID) id: string): Promise<WorkerResponse> {
    return this.view(id);
  }

  @Post('community-workers/:id/grade')
  @VersionedCommand({
    permission: 'worker.write',
    action: 'community-worker.regrade',
    resourceType: 'community-worker',
    summary: 'Change the grade (晋级), on the post’s scale',
    response: WorkerResponse,
  })
  @DistrictScope.record(COMMUNITY_WORKER_QUERIES)
  async regrade(@Param('id', UUID) id: string, @Body() body: RegradeRequest, @IfMatch() expected: number | undefined): Promise<WorkerResponse> {
    await this.commands.regrade(id, body, expected);
    return this.view(id);
  }

  @Post('community-workers/:id/trainings')
  @VersionedCommand({
    permission: 'worker.write',
    action: 'community-worker.train',
    resourceType: 'community-worker',
    summary: 'Record a training completed',
    response: WorkerResponse,
  })
  @DistrictScope.record(COMMUNITY_WORKER_QUERIES)
  async train(@Param('id', UUID) id: string, @Body() body: TrainingRequest, @IfMatch() expected: number | undefined): Promise<WorkerResponse> {
    await this.commands.train(id, body, expected);
    return this.view(id);
  }

  @Post('community-workers/:id/departure')
  @VersionedCommand({
    permission: 'worker.write',
    action: 'community-worker.leave',
    resourceType: 'community-worker',
    summary: 'The worker leaves the post (离岗): it falls vacant',
    response: WorkerResponse,
  })
  @DistrictScope.record(COMMUNITY_WORKER_QUERIES)
  async leave(@Param('id', UUID) id: string, @Body() body: LeaveRequest, @IfMatch() expected: number | undefined): Promise<WorkerResponse> {
    await this.commands.leave(id, body, expected);
    return this.view(id);
  }

  @Get('statistics/community-workers')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Posts, filled and vacant, and workers by grade, per district' })
  @ApiOkResponse({ type: [WorkerStatisticsResponse] })
  statistics(@Query() query: DivisionFilterQuery): Promise<WorkerStatisticsResponse[]> {
    return this.queries.statistics(query.divisionCode);
  }

  private async view(id: string): Promise<WorkerResponse> {
    const v: CommunityWorkerView | null = await this.queries.get(id);
    if (!v) throw workerNotFound(id);
    const { monthlyPayFen, ...rest } = v;
    return { ...rest, citizenId: citizenIdForCaller('community', v.citizenId), monthlyPay: Money.ofFen(monthlyPayFen).toString() };
  }
}
