import { citizenIdForCaller, Command, DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdoptionAssessmentCommands } from '../application/adoption-assessment-commands';
import {
  ADOPTION_ASSESSMENT_QUERIES,
  AdoptionAssessmentQueries,
  AdoptionAssessmentView,
  adoptionAssessmentView,
} from '../application/adoption-assessment-queries';
import { adoptionAssessmentNotFound } from '../domain/adoption-assessment';
import {
  AdoptionAssessmentPage,
  AdoptionAssessmentResponse,
  ApplyAssessmentRequest,
  AssessmentListQuery,
  CompleteAssessmentRequest,
  HomeStudyRequest,
} from './adoption-assessment.dto';

/** 收养评估 of prospective adopters; a completed one is published for registration. */
@ApiTags('adoption-assessments')
@Controller('api/v1/adoption-assessments')
export class AdoptionAssessmentsController {
  constructor(
    private readonly commands: AdoptionAssessmentCommands,
    @Inject(ADOPTION_ASSESSMENT_QUERIES) private readonly queries: AdoptionAssessmentQueries,
  ) {}

  @Post()
  @RequirePermission('adoption-assessment.write')
  @DistrictScope.division('divisionCode')
  @Command({
    action: 'adoption-assessment.apply',
    resourceType: 'adoption-assessment',
    idempotent: true,
    resourceId: (_p, r) => (r as AdoptionAssessmentResponse | undefined)?.id,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Prospective adopters (30 and over) apply for an assessment' })
  @ApiCreatedResponse({ type: AdoptionAssessmentResponse })
  async apply(@Body() body: ApplyAssessmentRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdoptionAssessmentResponse> {
    const assessment = await this.commands.apply(body);
    reply.header('Location', `/api/v1/adoption-assessments/${assessment.id}`);
    return masked(adoptionAssessmentView(assessment));
  }

  @Get()
  @RequirePermission('adoption-assessment.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Assessments in the caller’s districts, latest first' })
  @ApiOkResponse({ type: AdoptionAssessmentPage })
  async list(@Query() query: AssessmentListQuery): Promise<AdoptionAssessmentPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get(':id')
  @RequirePermission('adoption-assessment.read')
  @DistrictScope.record(ADOPTION_ASSESSMENT_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: AdoptionAssessmentResponse })
  async get(@Param('id', UUID) id: string): Promise<AdoptionAssessmentResponse> {
    const view = await this.queries.get(id);
    if (!view) throw adoptionAssessmentNotFound(id);
    return masked(view);
  }

  @Post(':id/home-study')
  @VersionedCommand({
    permission: 'adoption-assessment.write',
    action: 'adoption-assessment.home-study',
    resourceType: 'adoption-assessment',
    summary: '家庭走访: record the home study',
    response: AdoptionAssessmentResponse,
  })
  @DistrictScope.record(ADOPTION_ASSESSMENT_QUERIES)
  async homeStudy(@Param('id', UUID) id: string, @Body() body: HomeStudyRequest, @IfMatch() expected: number | undefined): Promise<AdoptionAssessmentResponse> {
    return masked(adoptionAssessmentView(await this.commands.recordHomeStudy(id, body, expected)));
  }

  @Post(':id/result')
  @VersionedCommand({
    permission: 'adoption-assessment.write',
    action: 'adoption-assessment.complete',
    resourceType: 'adoption-assessment',
    summary: 'The result (positive or negative) with its reasons; published for registration',
    response: AdoptionAssessmentResponse,
  })
  @DistrictScope.record(ADOPTION_ASSESSMENT_QUERIES)
  async complete(
    @Param('id', UUID) id: string,
    @Body() body: CompleteAssessmentRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<AdoptionAssessmentResponse> {
    return masked(adoptionAssessmentView(await this.commands.complete(id, body, expected)));
  }
}

function masked(view: AdoptionAssessmentView): AdoptionAssessmentResponse {
  return { ...view, adopters: view.adopters.map((a) => ({ ...a, citizenId: citizenIdForCaller('child-welfare', a.citizenId) })) };
}
