import { Command, DistrictScope, IfMatch, pageOf, PageQuery, RequirePermission, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PriceSubsidyCommands } from '../application/price-subsidy-commands';
import { PRICE_SUBSIDY_QUERIES, PriceSubsidyQueries } from '../application/price-subsidy-queries';
import { PolicyRequest, PolicyResponse, PriceIndexPage, PriceIndexRequest, PriceIndexResponse, SubsidyPage, SubsidyQuery } from './price-subsidy.dto';

/** 价格临时补贴: price figures per month, the trigger policy and the subsidies issued. */
@ApiTags('price-subsidies')
@Controller('api/v1')
export class PriceSubsidiesController {
  constructor(
    private readonly commands: PriceSubsidyCommands,
    @Inject(PRICE_SUBSIDY_QUERIES) private readonly queries: PriceSubsidyQueries,
  ) {}

  @Post('price-indices')
  @HttpCode(200)
  @RequirePermission('price-subsidy.manage')
  @Command({ action: 'price-index.record', resourceType: 'price-index', idempotent: true, resourceId: (_p, r) => (r as PriceIndexResponse | undefined)?.month })
  @ApiOperation({
    summary: "Record a month's CPI and food-price figures; when a threshold is met, every eligible household gets exactly one subsidy for the month",
  })
  @ApiOkResponse({ type: PriceIndexResponse })
  @DistrictScope.cityLevel()
  async record(@Body() body: PriceIndexRequest): Promise<PriceIndexResponse> {
    return this.commands.recordIndex(body);
  }

  @Get('price-indices')
  @RequirePermission('price-subsidy.read')
  @ApiOkResponse({ type: PriceIndexPage })
  @DistrictScope.cityWide("the city's price index")
  async indices(@Query() query: PageQuery): Promise<PriceIndexPage> {
    const { items, total } = await this.queries.indices(query);
    return pageOf(items, total, query);
  }

  @Get('price-subsidies')
  @RequirePermission('price-subsidy.read')
  @ApiOkResponse({ type: SubsidyPage })
  @DistrictScope.list('divisionCode')
  async subsidies(@Query() query: SubsidyQuery): Promise<SubsidyPage> {
    const { items, total } = await this.queries.subsidies(query, query);
    return pageOf(items, total, query);
  }

  @Get('price-subsidy-policy')
  @RequirePermission('price-subsidy.read')
  @VersionedResource()
  @ApiOkResponse({ type: PolicyResponse })
  @DistrictScope.cityWide("the city's linkage policy")
  async policy(): Promise<PolicyResponse> {
    const p = await this.commands.policy();
    return { ...p, perPerson: p.perPerson.toString() };
  }

  @Put('price-subsidy-policy')
  @VersionedCommand({
    permission: 'price-subsidy.manage',
    action: 'price-subsidy-policy.set',
    resourceType: 'price-subsidy-policy',
    resourceId: () => 'policy',
    summary: 'Change the thresholds, the per-person amount and the programmes whose households qualify',
    response: PolicyResponse,
  })
  @DistrictScope.cityLevel()
  async setPolicy(@Body() body: PolicyRequest, @IfMatch() expected: number | undefined): Promise<PolicyResponse> {
    const p = await this.commands.setPolicy(body, expected);
    return { ...p, perPerson: p.perPerson.toString() };
  }
}
