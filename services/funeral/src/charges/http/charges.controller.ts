import { DEATH_RECORD_QUERIES } from '../../death-record/application/death-record-queries';
import { DomainError } from '@civic/domain-kernel';
import { Command, DistrictScope, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChargesCommands } from '../application/charges-commands';
import { billView, CHARGES_QUERIES, ChargesQueries } from '../application/charges-queries';
import { BillRequest, BillResponse, PriceRequest, ServiceItemResponse } from './charges.dto';

/** 殡葬收费: the price catalogue, and bills with the basic-service waiver (惠民). */
@ApiTags('charges')
@Controller('api/v1')
export class ChargesController {
  constructor(
    private readonly commands: ChargesCommands,
    @Inject(CHARGES_QUERIES) private readonly queries: ChargesQueries,
  ) {}

  @Get('price-catalogue')
  @RequirePermission('charges.read')
  @ApiOkResponse({ type: [ServiceItemResponse] })
  @DistrictScope.cityWide("the city's price catalogue (收费目录)")
  async catalogue(): Promise<ServiceItemResponse[]> {
    return this.queries.catalogue();
  }

  @Put('price-catalogue/:code')
  @RequirePermission('charges.manage')
  @Command({ action: 'price.set', resourceType: 'service-item', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Set a listed price (明码标价)' })
  @ApiOkResponse({ type: PriceRequest })
  @DistrictScope.cityLevel()
  async setPrice(@Param('code') code: string, @Body() body: PriceRequest): Promise<PriceRequest> {
    return { price: (await this.commands.setPrice(code, body.price)).toString() };
  }

  @Post('death-records/:id/bill')
  @RequirePermission('charges.manage')
  @Command({ action: 'bill.create', resourceType: 'death-record', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Bill the services at the listed prices; basic services are waived when the deceased was on a qualifying benefit' })
  @ApiCreatedResponse({ type: BillResponse })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async bill(@Param('id', UUID) id: string, @Body() body: BillRequest): Promise<BillResponse> {
    return billView(await this.commands.bill(id, body.items));
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
