import {
  citizenIdForCaller,
  CLOCK,
  Command,
  DistrictScope,
  IfMatch,
  pageOf,
  ParseCitizenIdPipe,
  recordPersonalDataRead,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { BusinessDate, Clock } from '@civic/domain-kernel';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SupermarketCommands } from '../application/supermarket-commands';
import { distributionView, stockLotView, SUPERMARKET_QUERIES, SupermarketQueries, SupermarketView, supermarketView } from '../application/supermarket-queries';
import { supermarketNotFound } from '../domain/supermarket';
import {
  ChangeAllowanceRequest,
  CloseSupermarketRequest,
  CustomerResponse,
  DistributionListQuery,
  DistributionPage,
  DistributionResponse,
  GiveGoodsRequest,
  OpenSupermarketRequest,
  StockLotResponse,
  StockQuery,
  StockRequest,
  SupermarketListQuery,
  SupermarketPage,
  SupermarketResponse,
} from './supermarket.dto';

const edit = (action: string, summary: string) => ({
  permission: 'supermarket.govern',
  action: `supermarket.${action}`,
  resourceType: 'supermarket',
  summary,
  response: SupermarketResponse,
});

/** 慈善超市: outlets, their shelves of donated goods, and the counter where eligible residents take them. */
@ApiTags('supermarkets')
@Controller('api/v1/supermarkets')
export class SupermarketsController {
  constructor(
    private readonly commands: SupermarketCommands,
    @Inject(SUPERMARKET_QUERIES) private readonly queries: SupermarketQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission('supermarket.read')
  @DistrictScope.list('divisionCode')
  @ApiOkResponse({ type: SupermarketPage })
  async list(@Query() query: SupermarketListQuery): Promise<SupermarketPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('supermarket.read')
  @DistrictScope.record(SUPERMARKET_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: SupermarketResponse })
  get(@Param('id', UUID) id: string): Promise<SupermarketResponse> {
    return this.require(id);
  }

  @Post()
  @RequirePermission('supermarket.govern')
  @DistrictScope.division('divisionCode')
  @Command({ action: 'supermarket.open', resourceType: 'supermarket', idempotent: true, resourceId: (_p, r) => (r as SupermarketResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Open a charity supermarket in a district, with its monthly allowance per eligible resident' })
  @ApiCreatedResponse({ type: SupermarketResponse })
  async open(@Body() body: OpenSupermarketRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupermarketResponse> {
    const opened = await this.commands.open(body);
    reply.header('Location', `/api/v1/supermarkets/${opened.id}`);
    return supermarketView(opened);
  }

  @Post(':id/allowance')
  @VersionedCommand(edit('change-allowance', 'Change the monthly allowance per eligible resident'))
  @DistrictScope.record(SUPERMARKET_QUERIES)
  async changeAllowance(
    @Param('id', UUID) id: string,
    @Body() body: ChangeAllowanceRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<SupermarketResponse> {
    return supermarketView(await this.commands.changeAllowance(id, body, expected));
  }

  @Post(':id/closure')
  @VersionedCommand(edit('close', 'Close the supermarket, with a reason'))
  @DistrictScope.record(SUPERMARKET_QUERIES)
  async close(@Param('id', UUID) id: string, @Body() body: CloseSupermarketRequest, @IfMatch() expected: number | undefined): Promise<SupermarketResponse> {
    return supermarketView(await this.commands.close(id, body, expected));
  }

  @Get(':id/stock')
  @RequirePermission('supermarket.read')
  @DistrictScope.record(SUPERMARKET_QUERIES)
  @ApiOkResponse({ type: [StockLotResponse] })
  async stock(@Param('id', UUID) id: string, @Query() query: StockQuery): Promise<StockLotResponse[]> {
    await this.require(id);
    return this.queries.stock(id, query.inStock === true);
  }

  @Post(':id/stock')
  @HttpCode(201)
  @RequirePermission('supermarket.write')
  @DistrictScope.record(SUPERMARKET_QUERIES)
  @Command({ action: 'supermarket.stock', resourceType: 'supermarket', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Put a donation of goods on the shelves (one lot per donation)' })
  @ApiCreatedResponse({ type: StockLotResponse })
  async receiveStock(@Param('id', UUID) id: string, @Body() body: StockRequest): Promise<StockLotResponse> {
    return stockLotView(await this.commands.stock(id, body));
  }

  @Get(':id/distributions')
  @RequirePermission('supermarket.read')
  @DistrictScope.record(SUPERMARKET_QUERIES)
  @ApiOkResponse({ type: DistributionPage })
  async distributions(@Param('id', UUID) id: string, @Query() query: DistributionListQuery): Promise<DistributionPage> {
    await this.require(id);
    const { items, total } = await this.queries.distributions(id, query, query);
    return pageOf(items, total, query);
  }

  @Post(':id/distributions')
  @HttpCode(201)
  @RequirePermission('supermarket.write')
  @DistrictScope.record(SUPERMARKET_QUERIES)
  @Command({ action: 'supermarket.give', resourceType: 'supermarket', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Give goods to an eligible resident, within what is left of the month’s allowance' })
  @ApiCreatedResponse({ type: DistributionResponse })
  async give(@Param('id', UUID) id: string, @Body() body: GiveGoodsRequest): Promise<DistributionResponse> {
    const { distribution, item } = await this.commands.give(id, body);
    return { ...distributionView(distribution, item), citizenId: citizenIdForCaller('charity', distribution.citizenId) };
  }

  @Get(':id/customers/:citizenId')
  @RequirePermission('supermarket.read')
  @DistrictScope.record(SUPERMARKET_QUERIES)
  @ApiOperation({ summary: 'A resident at the counter: eligible here today, and what is left of the month’s allowance' })
  @ApiParam({ name: 'citizenId', type: String })
  @ApiOkResponse({ type: CustomerResponse })
  async customer(@Param('id', UUID) id: string, @Param('citizenId', ParseCitizenIdPipe) citizenId: string): Promise<CustomerResponse> {
    const supermarket = await this.require(id);
    recordPersonalDataRead('charity supermarket eligibility');
    return this.queries.customer(supermarket, citizenId.toUpperCase(), BusinessDate.today(this.clock).toString());
  }

  private async require(id: string): Promise<SupermarketView> {
    const view = await this.queries.get(id);
    if (!view) throw supermarketNotFound(id);
    return view;
  }
}
