import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, Command, DistrictScope, etagOf, IfMatch, RequirePermission, VersionedCommand } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProgrammeCommands } from '../application/programme-commands';
import { StandardAdjustment } from '../application/standard-adjustment';
import { Programme } from '../domain/programme';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../domain/programme.repository';
import { AdjustStandardRequest, EligibilityRequest, ProgrammeResponse, StandardAdjustmentResponse } from './programme.dto';

/** 救助项目: programmes, their data-driven eligibility rules and their standards (保障标准). */
@ApiTags('programmes')
@Controller('api/v1/programmes')
export class ProgrammesController {
  constructor(
    @Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository,
    private readonly commands: ProgrammeCommands,
    private readonly adjustment: StandardAdjustment,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission('programme.read')
  @ApiOkResponse({ type: [ProgrammeResponse] })
  @DistrictScope.cityWide("the city's programmes and standards")
  async list(): Promise<ProgrammeResponse[]> {
    return Promise.all((await this.programmes.all()).map((p) => this.response(p)));
  }

  @Get(':code')
  @RequirePermission('programme.read')
  @ApiParam({ name: 'code', example: 'dibao' })
  @ApiOkResponse({ type: ProgrammeResponse })
  @DistrictScope.cityWide("the city's programmes and standards")
  async get(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeResponse> {
    const programme = await this.programmes.require(code);
    reply.header('ETag', etagOf(programme.version));
    return this.response(programme);
  }

  @Put(':code/eligibility')
  @VersionedCommand({
    permission: 'programme.manage',
    action: 'programme.set-eligibility',
    resourceType: 'programme',
    resourceId: (p) => p.code,
    summary: 'Replace the eligibility conditions of a programme (data, no release needed)',
    response: ProgrammeResponse,
  })
  @ApiParam({ name: 'code', example: 'dibao' })
  @DistrictScope.cityLevel()
  async setEligibility(@Param('code') code: string, @Body() body: EligibilityRequest, @IfMatch() expected: number | undefined): Promise<ProgrammeResponse> {
    return this.response(await this.commands.setEligibility(code, body.eligibility, expected));
  }

  @Post(':code/standards')
  @HttpCode(201)
  @RequirePermission('standard.adjust')
  @Command({ action: 'standard.adjust', resourceType: 'programme', idempotent: true, resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Adjust the standard from a date (标准调整); every open benefit is re-computed, one event per changed benefit plus a summary' })
  @ApiParam({ name: 'code', example: 'dibao' })
  @ApiCreatedResponse({ type: StandardAdjustmentResponse })
  @DistrictScope.cityLevel()
  async adjust(@Param('code') code: string, @Body() body: AdjustStandardRequest): Promise<StandardAdjustmentResponse> {
    return this.adjustment.adjust(code, body);
  }

  private async response(p: Programme): Promise<ProgrammeResponse> {
    const schedule = await this.programmes.standards(p.code);
    return {
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      amountRule: p.amountRule,
      eligibility: p.eligibility,
      stageLimitDays: p.stageLimitDays,
      oneActivePerHousehold: p.oneActivePerHousehold,
      exclusionGroup: p.exclusion?.group ?? null,
      precedence: p.exclusion?.precedence ?? null,
      emergencyReviewWorkingDays: p.emergencyReviewWorkingDays,
      currentStandard: schedule.amountOn(BusinessDate.today(this.clock))?.toString() ?? null,
      standards: schedule.list().map((v) => ({ effectiveFrom: v.effectiveFrom.toString(), amount: v.amount.toString() })),
      version: p.version,
    };
  }
}
