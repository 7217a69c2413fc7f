import { Money } from '@civic/domain-kernel';
import { Command, etagOf, expectedVersionFrom, IF_MATCH, pageOf, PageQuery, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PriceSubsidyCommands } from '../application/price-subsidy-commands';
import { PriceSubsidyStore } from '../persistence/price-subsidy.store';
import { PolicyRequest, PolicyResponse, PriceIndexPage, PriceIndexRequest, PriceIndexResponse, SubsidyPage, SubsidyQuery } from './price-subsidy.dto';

/** 价格临时补贴: price figures per month, the trigger policy and the subsidies issued. */
@ApiTags('price-subsidies')
@Controller('api/v1')
export class PriceSubsidiesController {
  constructor(
    private readonly commands: PriceSubsidyCommands,
    private readonly store: PriceSubsidyStore,
  ) {}

  @Post('price-indices')
  @HttpCode(200)
  @RequirePermission('price-subsidy.manage')
  @Command({ action: 'price-index.record', resourceType: 'price-index', idempotent: true, resourceId: (_p, r) => (r as PriceIndexResponse | undefined)?.month })
  @ApiOperation({
    summary: "Record a month's CPI and food-price figures; when a threshold is met, every eligible household gets exactly one subsidy for the month",
  })
  @ApiOkResponse({ type: PriceIndexResponse })
  async record(@Body() body: PriceIndexRequest): Promise<PriceIndexResponse> {
    return this.commands.recordIndex(body);
  }

  @Get('price-indices')
  @RequirePermission('price-subsidy.read')
  @ApiOkResponse({ type: PriceIndexPage })
  async indices(@Query() query: PageQuery): Promise<PriceIndexPage> {
    const [rows, total] = await this.store.indices(query);
    return pageOf(
      rows.map((r) => ({
        month: r.month.slice(0, 7),
        cpiYoYPercent: Number(r.cpi_yoy_percent),
        foodYoYPercent: Number(r.food_yoy_percent),
        triggered: r.triggered,
        subsidies: r.subsidies,
      })),
      total,
      query,
    );
  }

  @Get('price-subsidies')
  @RequirePermission('price-subsidy.read')
  @ApiOkResponse({ type: SubsidyPage })
  async subsidies(@Query() query: SubsidyQuery): Promise<SubsidyPage> {
    const { rows, total } = await this.store.subsidies(query, query);
    return pageOf(
      rows.map((r) => ({
        month: r.month.slice(0, 7),
        householdId: r.household_id,
        benefitId: r.benefit_id,
        districtCode: r.district_code,
        recipients: r.recipients,
        amount: Money.ofFen(Number(r.amount_fen)).toString(),
      })),
      total,
      query,
    );
  }

  @Get('price-subsidy-policy')
  @RequirePermission('price-subsidy.read')
  @ApiOkResponse({ type: PolicyResponse })
  async policy(@Res({ passthrough: true }) reply: FastifyReply): Promise<PolicyResponse> {
    const p = await this.store.policy();
    reply.header('ETag', etagOf(p.version));
    return { ...p, perPerson: p.perPerson.toString() };
  }

  @Put('price-subsidy-policy')
  @RequirePermission('price-subsidy.manage')
  @Command({ action: 'price-subsidy-policy.set', resourceType: 'price-subsidy-policy', resourceId: () => 'policy' })
  @ApiOperation({ summary: 'Change the thresholds, the per-person amount and the programmes whose households qualify' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: PolicyResponse })
  async setPolicy(
    @Body() body: PolicyRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PolicyResponse> {
    const p = await this.commands.setPolicy(body, expectedVersionFrom(ifMatch));
    reply.header('ETag', etagOf(p.version));
    return { ...p, perPerson: p.perPerson.toString() };
  }
}
