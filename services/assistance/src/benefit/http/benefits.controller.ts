import { DomainError } from '@civic/domain-kernel';
import { DistrictScope, etagOf, IfMatch, pageOf, ProblemDetails, RequirePermission, UUID, VersionedCommand } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BenefitCommands } from '../application/benefit-commands';
import { BENEFIT_QUERIES, BenefitQueries } from '../application/benefit-queries';
import { Benefit } from '../domain/benefit';
import { BENEFIT_REPOSITORY, BenefitRepository } from '../domain/benefit.repository';
import { BenefitDetails, BenefitListQuery, BenefitPage, BenefitResponse, BenefitStatusChangeRequest } from './benefit.dto';

/** 救助待遇: granted benefits, their amounts over time, suspension, resumption and termination. */
@ApiTags('benefits')
@Controller('api/v1/benefits')
export class BenefitsController {
  constructor(
    private readonly commands: BenefitCommands,
    @Inject(BENEFIT_QUERIES) private readonly queries: BenefitQueries,
    @Inject(BENEFIT_REPOSITORY) private readonly benefits: BenefitRepository,
  ) {}

  @Get()
  @RequirePermission('benefit.read')
  @ApiOperation({ summary: 'List benefits in your districts by division, programme, status, household and start date' })
  @ApiOkResponse({ type: BenefitPage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: BenefitListQuery): Promise<BenefitPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('benefit.read')
  @ApiOkResponse({ type: BenefitDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @DistrictScope.record(BENEFIT_QUERIES)
  async get(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<BenefitDetails> {
    const benefit = await this.benefits.find(id);
    if (!benefit) throw new DomainError('BENEFIT.NOT_FOUND', `no benefit ${id}`, 'not-found');
    reply.header('ETag', etagOf(benefit.version));
    return { ...benefitResponse(benefit), amounts: await this.queries.amounts(id) };
  }

  @Post(':id/:change')
  @VersionedCommand({
    permission: 'benefit.manage',
    action: 'benefit.status-change',
    resourceType: 'benefit',
    summary: 'Suspend (暂停), resume (恢复) or terminate (终止) a benefit from the first of a month',
    response: BenefitResponse,
  })
  @ApiParam({ name: 'change', enum: ['suspension', 'resumption', 'termination'] })
  @DistrictScope.record(BENEFIT_QUERIES)
  async change(
    @Param('id', UUID) id: string,
    @Param('change') change: string,
    @Body() body: BenefitStatusChangeRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<BenefitResponse> {
    const action = ({ suspension: 'suspend', resumption: 'resume', termination: 'terminate' } as const)[change as 'suspension'];
    if (!action) throw new DomainError('BENEFIT.UNKNOWN_CHANGE', 'change must be suspension, resumption or termination', 'not-found');
    return benefitResponse(await this.commands.change(id, action, body, expected));
  }
}

export function benefitResponse(benefit: Benefit): BenefitResponse {
  const s = benefit.snapshot();
  return {
    id: s.id,
    householdId: s.householdId,
    applicationId: s.applicationId,
    programme: s.programme,
    divisionCode: s.divisionCode,
    status: s.status,
    monthlyAmount: s.monthlyAmount.toString(),
    recipients: s.recipients,
    startsOn: s.startsOn.toString(),
    endsOn: s.endsOn?.toString() ?? null,
    version: s.version,
  };
}
