import { HOUSEHOLD_QUERIES } from '../../household/application/household-queries';
import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import {
  CLOCK,
  Command,
  DistrictScope,
  etagOf,
  IfMatch,
  pageOf,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
  personalDataForCaller,
} from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApplicationCommands } from '../application/application-commands';
import { APPLICATION_QUERIES, ApplicationQueries } from '../application/application-queries';
import { APPLICATION_REPOSITORY, ApplicationRepository } from '../domain/application.repository';
import { AssistanceApplication } from '../domain/assistance-application';
import { Objection } from '../domain/objection';
import {
  ApplicationDetails,
  ApplicationListQuery,
  ApplicationPage,
  ApplicationResponse,
  CommunityReviewRequest,
  DecisionRequest,
  EmergencyGrantRequest,
  ObjectionRequest,
  ObjectionResponse,
  OverdueQuery,
  PostReviewRequest,
  ResolutionRequest,
  SubmitApplicationRequest,
  VerificationRequest,
  WithdrawRequest,
} from './application.dto';

/**
 * 救助申请: submitted by applicant-facing systems, verified, reviewed by the community, put on
 * public notice, decided by the district; objections and appeals on the way.
 */
@ApiTags('applications')
@Controller('api/v1/applications')
export class ApplicationsController {
  constructor(
    private readonly commands: ApplicationCommands,
    @Inject(APPLICATION_QUERIES) private readonly queries: ApplicationQueries,
    @Inject(APPLICATION_REPOSITORY) private readonly applications: ApplicationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission('application.read')
  @ApiOperation({ summary: 'List applications in your districts by division, status, programme, household and submission date' })
  @ApiOkResponse({ type: ApplicationPage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: ApplicationListQuery): Promise<ApplicationPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get('overdue')
  @RequirePermission('application.read')
  @ApiOperation({ summary: 'Applications whose current stage is past its time limit (超期), per district' })
  @ApiOkResponse({ type: ApplicationPage })
  @DistrictScope.list('divisionCode')
  async overdue(@Query() query: OverdueQuery): Promise<ApplicationPage> {
    const { items, total } = await this.queries.overdue(query, BusinessDate.today(this.clock).toString(), query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('application.read')
  @ApiOkResponse({ type: ApplicationDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @DistrictScope.record(APPLICATION_QUERIES)
  async get(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ApplicationDetails> {
    const application = await this.applications.find(id);
    if (!application) throw new DomainError('APPLICATION.NOT_FOUND', `no application ${id}`, 'not-found');
    reply.header('ETag', etagOf(application.version));
    return { ...applicationResponse(application), ...(await this.queries.trail(id)) };
  }

  @Post()
  @RequirePermission('application.submit')
  @Command({ action: 'application.submit', resourceType: 'application', idempotent: true, resourceId: (_p, r) => (r as ApplicationResponse | undefined)?.id })
  @ApiOperation({ summary: 'Submit an application (申请) for a registered household' })
  @ApiCreatedResponse({ type: ApplicationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'an application is already open, or an exclusive benefit is already active' })
  @DistrictScope.record(HOUSEHOLD_QUERIES, 'householdId', 'body')
  async submit(@Body() body: SubmitApplicationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ApplicationResponse> {
    const application = await this.commands.submit(body);
    reply.header('Location', `/api/v1/applications/${application.id}`);
    return this.respond(reply, application);
  }

  @Post(':id/verification-start')
  @VersionedCommand({
    permission: 'application.verify',
    action: 'application.start-verification',
    resourceType: 'application',
    summary: 'Start the economic verification (经济状况核对)',
    response: ApplicationResponse,
  })
  @DistrictScope.record(APPLICATION_QUERIES)
  async startVerification(@Param('id', UUID) id: string, @IfMatch() expected: number | undefined): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.startVerification(id, expected));
  }

  @Post(':id/verification')
  @VersionedCommand({
    permission: 'application.verify',
    action: 'application.record-verification',
    resourceType: 'application',
    summary: 'Record the verified income and assets; the case moves to the community review',
    response: ApplicationResponse,
  })
  @DistrictScope.record(APPLICATION_QUERIES)
  async recordVerification(
    @Param('id', UUID) id: string,
    @Body() body: VerificationRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.recordVerification(id, body, expected));
  }

  @Post(':id/community-review')
  @VersionedCommand({
    permission: 'application.review',
    action: 'application.community-review',
    resourceType: 'application',
    summary: 'Complete the community review (入户调查/民主评议); the 7-day public notice (公示) starts',
    response: ApplicationResponse,
  })
  @DistrictScope.record(APPLICATION_QUERIES)
  async communityReview(
    @Param('id', UUID) id: string,
    @Body() body: CommunityReviewRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.completeCommunityReview(id, body, expected));
  }

  @Post(':id/objections')
  @RequirePermission('application.review')
  @Command({ action: 'application.raise-objection', resourceType: 'application', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record an objection (异议) to the public notice; the notice cannot end while it is open' })
  @ApiCreatedResponse({ type: ObjectionResponse })
  @DistrictScope.record(APPLICATION_QUERIES)
  async raiseObjection(@Param('id', UUID) id: string, @Body() body: ObjectionRequest): Promise<ObjectionResponse> {
    return objectionResponse(await this.commands.raiseObjection(id, body, 'objection'));
  }

  @Post(':id/appeals')
  @RequirePermission('application.appeal')
  @Command({ action: 'application.appeal', resourceType: 'application', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record an appeal (复核申请) against the decision' })
  @ApiCreatedResponse({ type: ObjectionResponse })
  @DistrictScope.record(APPLICATION_QUERIES)
  async appeal(@Param('id', UUID) id: string, @Body() body: ObjectionRequest): Promise<ObjectionResponse> {
    return objectionResponse(await this.commands.raiseObjection(id, body, 'appeal'));
  }

  @Post(':id/objections/:objectionId/resolution')
  @HttpCode(200)
  @RequirePermission('application.decide')
  @Command({ action: 'application.resolve-objection', resourceType: 'application', resourceId: (p) => p.id })
  @ApiOperation({
    summary:
      'Resolve an objection or appeal with reasons: an upheld objection sends the case back to verification, a dismissed one restarts the notice; an upheld appeal reopens the decision',
  })
  @ApiOkResponse({ type: ObjectionResponse })
  @DistrictScope.record(APPLICATION_QUERIES)
  async resolve(@Param('id', UUID) id: string, @Param('objectionId', UUID) objectionId: string, @Body() body: ResolutionRequest): Promise<ObjectionResponse> {
    return objectionResponse((await this.commands.resolveObjection(id, objectionId, body)).objection);
  }

  @Post(':id/decision')
  @VersionedCommand({
    permission: 'application.decide',
    action: 'application.decide',
    resourceType: 'application',
    summary: 'District decision (审批): granted creates the benefit; refused while the public notice runs',
    response: ApplicationResponse,
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'the household does not meet the programme conditions' })
  @DistrictScope.record(APPLICATION_QUERIES)
  async decide(@Param('id', UUID) id: string, @Body() body: DecisionRequest, @IfMatch() expected: number | undefined): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.decide(id, body, expected));
  }

  @Post(':id/emergency-grant')
  @VersionedCommand({
    permission: 'application.decide',
    action: 'application.grant-in-emergency',
    resourceType: 'application',
    summary:
      '急难型临时救助, 先行救助: grant now, before verification, review and the 7-day notice, where the programme allows it; paid from this month, reviewed within its working days (POST /post-review)',
    response: ApplicationResponse,
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'the programme does not allow it, or the amount is over its limit' })
  @DistrictScope.record(APPLICATION_QUERIES)
  async grantInEmergency(
    @Param('id', UUID) id: string,
    @Body() body: EmergencyGrantRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.grantInEmergency(id, body, expected));
  }

  @Post(':id/post-review')
  @VersionedCommand({
    permission: 'application.decide',
    action: 'application.post-review',
    resourceType: 'application',
    summary:
      '事后补审 of an emergency grant: confirmed, it stands; revoked, the application ends rejected and its benefit from its start (the next run recovers what was paid)',
    response: ApplicationResponse,
  })
  @DistrictScope.record(APPLICATION_QUERIES)
  async postReview(@Param('id', UUID) id: string, @Body() body: PostReviewRequest, @IfMatch() expected: number | undefined): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.completePostReview(id, body, expected));
  }

  @Post(':id/withdrawal')
  @VersionedCommand({
    permission: 'application.submit',
    action: 'application.withdraw',
    resourceType: 'application',
    summary: 'Withdraw the application (撤回) before the decision',
    response: ApplicationResponse,
  })
  @DistrictScope.record(APPLICATION_QUERIES)
  async withdraw(@Param('id', UUID) id: string, @Body() body: WithdrawRequest, @IfMatch() expected: number | undefined): Promise<ApplicationResponse> {
    return applicationResponse(await this.commands.withdraw(id, body.reason, expected));
  }

  private respond(reply: FastifyReply, application: AssistanceApplication): ApplicationResponse {
    reply.header('ETag', etagOf(application.version));
    return applicationResponse(application);
  }
}

function applicationResponse(a: AssistanceApplication): ApplicationResponse {
  const s = a.snapshot();
  return {
    id: s.id,
    householdId: s.householdId,
    programme: s.programme,
    divisionCode: s.divisionCode,
    status: s.status,
    channel: s.channel,
    submittedAt: s.submittedAt.toISOString(),
    stageEnteredOn: s.stageEnteredOn.toString(),
    stageDueOn: s.stageDueOn?.toString() ?? null,
    noticeStartsOn: s.noticeStartsOn?.toString() ?? null,
    noticeEndsOn: s.noticeEndsOn?.toString() ?? null,
    // Verified members are named by citizen ID: masked like every other ID unless the caller may read them.
    verification: s.verification && personalDataForCaller('assistance', s.verification),
    communityReview: s.communityReview,
    decision: s.decision,
    benefitId: s.benefitId,
    version: s.version,
  };
}

function objectionResponse(o: Objection): ObjectionResponse {
  return { id: o.id, kind: o.kind, status: o.status, raisedBy: o.raisedBy, grounds: o.grounds, resolution: o.resolution };
}
