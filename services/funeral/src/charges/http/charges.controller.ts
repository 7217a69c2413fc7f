import { DEATH_RECORD_QUERIES } from '../../death-record/application/death-record-queries';
import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, Command, DistrictScope, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChargesCommands } from '../application/charges-commands';
import { billView, CHARGES_QUERIES, ChargesQueries } from '../application/charges-queries';
import { CITY_WIDE } from '../domain/price-history';
import { BillRequest, BillResponse, CatalogueQuery, DatedPriceRequest, DatedPriceResponse, PriceRequest, ServiceItemResponse } from './charges.dto';

/** 殡葬收费: the price catalogue, and bills with the basic-service waiver (惠民). */
@ApiTags('charges')
@Controller('api/v1')
export class ChargesController {
  constructor(
    private readonly commands: ChargesCommands,
    @Inject(CHARGES_QUERIES) private readonly queries: ChargesQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('price-catalogue')
  @RequirePermission('charges.read')
  @ApiOperation({ summary: "The price catalogue in force on a day (收费目录), for a funeral home (its own prices, else the city's) or city-wide" })
  @ApiOkResponse({ type: [ServiceItemResponse] })
  @DistrictScope.cityWide("the city's price catalogue (收费目录)")
  async catalogue(@Query() query: CatalogueQuery): Promise<ServiceItemResponse[]> {
    return this.queries.catalogue(query.funeralHome?.trim() || CITY_WIDE, query.on ?? BusinessDate.today(this.clock).toString());
  }

  @Get('price-catalogue/:code/prices')
  @RequirePermission('charges.read')
  @ApiOperation({ summary: "A service's listed prices with their history: every funeral home and date, newest first" })
  @ApiOkResponse({ type: [DatedPriceResponse] })
  @DistrictScope.cityWide("the city's price catalogue (收费目录)")
  async priceHistory(@Param('code') code: string): Promise<DatedPriceResponse[]> {
    const history = await this.queries.priceHistory(code);
    if (!history) throw new DomainError('SERVICE_ITEM.NOT_FOUND', `no service ${code} in the catalogue`, 'not-found');
    return history;
  }

  @Post('price-catalogue/:code/prices')
  @RequirePermission('charges.manage')
  @Command({ action: 'price.add', resourceType: 'service-item', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'List a price from a date (明码标价): for one funeral home or city-wide, today or later; bills already charged keep theirs' })
  @ApiCreatedResponse({ type: DatedPriceResponse })
  @DistrictScope.cityLevel()
  async addPrice(@Param('code') code: string, @Body() body: DatedPriceRequest): Promise<DatedPriceResponse> {
    const p = await this.commands.addPrice(code, body);
    return { funeralHome: p.funeralHome, effectiveFrom: p.effectiveFrom.toString(), price: p.price.toString() };
  }

  @Put('price-catalogue/:code')
  @RequirePermission('charges.manage')
  @Command({ action: 'price.set', resourceType: 'service-item', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Set the city-wide listed price from today (明码标价); POST /prices for a funeral home or a later date' })
  @ApiOkResponse({ type: PriceRequest })
  @DistrictScope.cityLevel()
  async setPrice(@Param('code') code: string, @Body() body: PriceRequest): Promise<PriceRequest> {
    return { price: (await this.commands.setPrice(code, body.price)).toString() };
  }

  @Post('death-records/:id/bill')
  @RequirePermission('charges.manage')
  @Command({ action: 'bill.create', resourceType: 'death-record', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({
    summary:
      "Bill the services at the funeral home's prices in force on the service date; basic services are waived when the deceased was on a qualifying benefit",
  })
  @ApiCreatedResponse({ type: BillResponse })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async bill(@Param('id', UUID) id: string, @Body() body: BillRequest): Promise<BillResponse> {
    return billView(await this.commands.bill(id, body));
  }

  @Get('death-records/:id/bill')
  @RequirePermission('charges.read')
  @ApiOkResponse({ type: BillResponse })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async getBill(@Param('id', UUID) id: string): Promise<BillResponse> {
    const bill = await this.queries.bill(id);
    if (!bill) throw new DomainError('BILL.NOT_FOUND', `no bill for death record ${id}`, 'not-found');
    return bill;
  }
}
