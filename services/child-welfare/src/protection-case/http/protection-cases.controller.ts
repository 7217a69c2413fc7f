import { BusinessDate, Clock } from '@civic/domain-kernel';
import {
  CLOCK,
  Command,
  DistrictScope,
  DivisionFilterQuery,
  IfMatch,
  pageOf,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { WORKSTATION_QUERIES } from '../../workstation/application/workstation-queries';
import { ProtectionCaseCommands } from '../application/protection-case-commands';
import { PROTECTION_CASE_QUERIES, ProtectionCaseQueries, protectionCaseView } from '../application/protection-case-queries';
import { ProtectionCase, protectionCaseNotFound } from '../domain/protection-case';
import {
  AssessCaseRequest,
  AssignRequest,
  CaseListQuery,
  CaseStatisticsRowResponse,
  CaseTimeLimitsDto,
  CloseCaseRequest,
  PlanCaseRequest,
  ProtectionCasePage,
  ProtectionCaseResponse,
  ReferralRequest,
  ReportCaseRequest,
  VisitRequest,
} from './protection-case.dto';

const versioned = (action: string, summary: string) =>
  VersionedCommand({
    permission: 'case.write',
    action: `protection-case.${action}`,
    resourceType: 'protection-case',
    summary,
    response: ProtectionCaseResponse,
  });

/** 未成年人保护个案: reported at a workstation, assessed, planned, followed up and closed, each stage within its time limit. */
@ApiTags('protection-cases')
@Controller('api/v1')
export class ProtectionCasesController {
  constructor(
    private readonly commands: ProtectionCaseCommands,
    @Inject(PROTECTION_CASE_QUERIES) private readonly queries: ProtectionCaseQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('workstations/:id/protection-cases')
  @RequirePermission('case.write')
  @DistrictScope.record(WORKSTATION_QUERIES)
  @Command({
    action: 'protection-case.report',
    resourceType: 'protection-case',
    idempotent: true,
    resourceId: (_p, r) => (r as ProtectionCaseResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: '报告: open a case at the workstation, owned by one of its child directors' })
  @ApiCreatedResponse({ type: ProtectionCaseResponse })
  async report(
    @Param('id', UUID) workstationId: string,
    @Body() body: ReportCaseRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProtectionCaseResponse> {
    const opened = await this.commands.report(workstationId, body);
    reply.header('Location', `/api/v1/protection-cases/${opened.id}`);
    return this.shown(opened);
  }

  @Get('protection-cases')
  @RequirePermission('case.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Cases in the caller’s districts, the most urgent due first; overdue=true lists those past their stage’s time limit' })
  @ApiOkResponse({ type: ProtectionCasePage })
  async list(@Query() query: CaseListQuery): Promise<ProtectionCasePage> {
    const overdue = query.overdue === undefined ? undefined : query.overdue === 'true';
    const { items, total } = await this.queries.list({ ...query, overdue }, this.today(), query);
    return pageOf(items, total, query);
  }

  @Get('protection-cases/:id')
  @RequirePermission('case.read')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: ProtectionCaseResponse })
  async get(@Param('id', UUID) id: string): Promise<ProtectionCaseResponse> {
    const view = await this.queries.get(id, this.today());
    if (!view) throw protectionCaseNotFound(id);
    return view;
  }

  @Post('protection-cases/:id/assessment')
  @versioned('assess', '评估: the risk found, from the report')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  async assess(@Param('id', UUID) id: string, @Body() body: AssessCaseRequest, @IfMatch() expected: number | undefined): Promise<ProtectionCaseResponse> {
    return this.shown(await this.commands.assess(id, body, expected));
  }

  @Post('protection-cases/:id/plan')
  @versioned('plan', '制定方案: the measures planned, from the assessment')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  async plan(@Param('id', UUID) id: string, @Body() body: PlanCaseRequest, @IfMatch() expected: number | undefined): Promise<ProtectionCaseResponse> {
    return this.shown(await this.commands.plan(id, body, expected));
  }

  @Post('protection-cases/:id/visits')
  @versioned('visit', '跟踪回访: a follow-up visit; each restarts the follow-up clock')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  async visit(@Param('id', UUID) id: string, @Body() body: VisitRequest, @IfMatch() expected: number | undefined): Promise<ProtectionCaseResponse> {
    return this.shown(await this.commands.visit(id, body, expected));
  }

  @Post('protection-cases/:id/referrals')
  @versioned('refer', '转介: refer to another context or agency (the case stays with its workstation)')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  async refer(@Param('id', UUID) id: string, @Body() body: ReferralRequest, @IfMatch() expected: number | undefined): Promise<ProtectionCaseResponse> {
    return this.shown(await this.commands.refer(id, body, expected));
  }

  @Post('protection-cases/:id/owner')
  @versioned('assign', 'Pass the case to a child director in post at its workstation')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  async assign(@Param('id', UUID) id: string, @Body() body: AssignRequest, @IfMatch() expected: number | undefined): Promise<ProtectionCaseResponse> {
    return this.shown(await this.commands.assign(id, body, expected));
  }

  @Post('protection-cases/:id/closure')
  @versioned('close', '结案: close the case, with the reason')
  @DistrictScope.record(PROTECTION_CASE_QUERIES)
  async close(@Param('id', UUID) id: string, @Body() body: CloseCaseRequest, @IfMatch() expected: number | undefined): Promise<ProtectionCaseResponse> {
    return this.shown(await this.commands.close(id, body, expected));
  }

  @Get('statistics/protection-cases')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Open cases per workstation and stage, with the overdue ones' })
  @ApiOkResponse({ type: [CaseStatisticsRowResponse] })
  statistics(@Query() query: DivisionFilterQuery): Promise<CaseStatisticsRowResponse[]> {
    return this.queries.statistics(this.today(), query.divisionCode);
  }

  @Get('case-time-limits')
  @RequirePermission('case.read')
  @DistrictScope.cityWide('the city’s time limits of case stages')
  @ApiOkResponse({ type: CaseTimeLimitsDto })
  timeLimits(): Promise<CaseTimeLimitsDto> {
    return this.queries.timeLimits();
  }

  @Put('case-time-limits')
  @RequirePermission('case.policy')
  @DistrictScope.cityLevel()
  @Command({ action: 'case-time-limits.set', resourceType: 'case-time-limits', resourceId: () => 'policy' })
  @ApiOperation({ summary: 'Set the days each stage may take (for stages entered from now on)' })
  @ApiOkResponse({ type: CaseTimeLimitsDto })
  setTimeLimits(@Body() body: CaseTimeLimitsDto): Promise<CaseTimeLimitsDto> {
    return this.commands.setTimeLimits(body);
  }

  private shown(subject: ProtectionCase): ProtectionCaseResponse {
    return protectionCaseView(subject, subject.isOverdue(BusinessDate.parse(this.today())));
  }

  private today(): string {
    return BusinessDate.today(this.clock).toString();
  }
}
