import { citizenIdForCaller, Command, DistrictScope, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CareAssessmentCommands } from '../application/care-assessment-commands';
import { CARE_ASSESSMENT_QUERIES, CareAssessmentQueries, CareAssessmentView } from '../application/care-assessment-queries';
import { careAssessmentNotFound } from '../domain/care-assessment';
import {
  AssessmentListQuery,
  AssessRequest,
  CareAssessmentPage,
  CareAssessmentResponse,
  CareLevelPolicyRequest,
  CareLevelPolicyResponse,
} from './care-assessment.dto';

/** 老年照护统一需求评估: care levels 0-6 with their history, and the levels that qualify for subsidised care. */
@ApiTags('care-assessments')
@Controller('api/v1')
export class CareAssessmentsController {
  constructor(
    private readonly commands: CareAssessmentCommands,
    @Inject(CARE_ASSESSMENT_QUERIES) private readonly queries: CareAssessmentQueries,
  ) {}

  @Post('care-assessments')
  @RequirePermission('assessment.write')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'care-assessment.record',
    resourceType: 'care-assessment',
    idempotent: true,
    resourceId: (_p, r) => (r as CareAssessmentResponse | undefined)?.id,
  })
  @ApiOperation({ summary: 'Record an assessment: the level replaces the elder’s current one from its date (the history is kept)' })
  @ApiCreatedResponse({ type: CareAssessmentResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the elder was assessed at the same time' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'not after the current assessment, dated in the future, unknown division' })
  async assess(@Body() body: AssessRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CareAssessmentResponse> {
    const assessment = await this.commands.assess(body);
    reply.header('Location', `/api/v1/care-assessments/${assessment.id}`);
    return this.view(assessment.id);
  }

  @Get('care-assessments')
  @RequirePermission('assessment.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Assessments in the caller’s districts, latest first; one elder’s history with citizenId, the levels in force with current=true' })
  @ApiOkResponse({ type: CareAssessmentPage })
  async list(@Query() query: AssessmentListQuery): Promise<CareAssessmentPage> {
    const { items, total } = await this.queries.list({ ...query, currentOnly: query.current === 'true' }, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('care-assessments/:id')
  @RequirePermission('assessment.read')
  @DistrictScope.record(CARE_ASSESSMENT_QUERIES)
  @ApiOkResponse({ type: CareAssessmentResponse })
  async get(@Param('id', UUID) id: string): Promise<CareAssessmentResponse> {
    return this.view(id);
  }

  @Get('care-level-policy')
  @RequirePermission('assessment.read')
  @DistrictScope.cityWide('the city’s qualifying care levels')
  @ApiOkResponse({ type: CareLevelPolicyResponse })
  async policy(): Promise<CareLevelPolicyResponse> {
    return { qualifyingLevels: await this.queries.qualifyingLevels() };
  }

  @Put('care-level-policy')
  @RequirePermission('assessment.policy')
  @DistrictScope.cityLevel()
  @Command({ action: 'care-level-policy.set', resourceType: 'care-level-policy', resourceId: () => 'policy' })
  @ApiOperation({ summary: 'Set the care levels that qualify for subsidised care (levels 2-6 at start)' })
  @ApiOkResponse({ type: CareLevelPolicyResponse })
  async setPolicy(@Body() body: CareLevelPolicyRequest): Promise<CareLevelPolicyResponse> {
    return { qualifyingLevels: await this.commands.setQualifyingLevels(body.qualifyingLevels) };
  }

  private async view(id: string): Promise<CareAssessmentResponse> {
    const view = await this.queries.get(id);
    if (!view) throw careAssessmentNotFound(id);
    return masked(view);
  }
}

function masked(view: CareAssessmentView): CareAssessmentResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}
