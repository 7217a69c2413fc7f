import { DomainError, Money } from '@civic/domain-kernel';
import { Command, RequirePermission, UUID, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ChargesCommands } from '../application/charges-commands';
import { ChargesStore } from '../persistence/charges.store';

export class ServiceItemResponse {
  @ApiProperty({ example: 'cremation' }) code: string;
  @ApiProperty({ example: '遗体火化' }) name: string;
  @ApiProperty({ example: 'time' }) unit: string;
  @ApiProperty({ example: '600.00' }) price: string;
  @ApiProperty({ description: '基本殡葬服务: waived for residents on a qualifying benefit (惠民)' }) basic: boolean;
}

export class PriceRequest {
  @ApiProperty({ example: '650.00' })
  @Matches(YUAN, { message: YUAN_MESSAGE('price') })
  price: string;
}

export class BillItem {
  @ApiProperty({ example: 'cremation' })
  @IsString()
  code: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  quantity: number;
}

export class BillRequest {
  @ApiProperty({ type: [BillItem] })
  @ValidateNested({ each: true })
  @Type(() => BillItem)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  items: BillItem[];
}

export class BillResponse {
  @ApiProperty({ format: 'uuid' }) deathRecordId: string;
  @ApiProperty({ description: 'code, name, quantity, amount, waived per service' }) lines: object[];
  @ApiProperty({ example: '1550.00' }) total: string;
  @ApiProperty({ example: '750.00' }) waived: string;
  @ApiProperty({ example: '800.00' }) due: string;
  @ApiPropertyOptional({ nullable: true, description: 'the benefit that made the deceased eligible for the waiver' }) waiverBasis: string | null;
}

/** 殡葬收费: the price catalogue, and bills with the basic-service waiver (惠民). */
@ApiTags('charges')
@Controller('api/v1')
export class ChargesController {
  constructor(
    private readonly commands: ChargesCommands,
    private readonly store: ChargesStore,
  ) {}

  @Get('price-catalogue')
  @RequirePermission('charges.read')
  @ApiOkResponse({ type: [ServiceItemResponse] })
  async catalogue(): Promise<ServiceItemResponse[]> {
    return [...(await this.store.catalogue()).values()].map((s) => ({ code: s.code, name: s.name, unit: s.unit, price: s.price.toString(), basic: s.basic }));
  }

  @Put('price-catalogue/:code')
  @RequirePermission('charges.manage')
  @Command({ action: 'price.set', resourceType: 'service-item', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Set a listed price (明码标价)' })
  @ApiOkResponse({ type: PriceRequest })
  async setPrice(@Param('code') code: string, @Body() body: PriceRequest): Promise<PriceRequest> {
    await this.commands.setPrice(code, body.price);
    return { price: Money.parse(body.price).toString() };
  }

  @Post('death-records/:id/bill')
  @RequirePermission('charges.manage')
  @Command({ action: 'bill.create', resourceType: 'death-record', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Bill the services at the listed prices; basic services are waived when the deceased was on a qualifying benefit' })
  @ApiCreatedResponse({ type: BillResponse })
  async bill(@Param('id', UUID) id: string, @Body() body: BillRequest): Promise<BillResponse> {
    return this.commands.bill(id, body.items);
  }

  @Get('death-records/:id/bill')
  @RequirePermission('charges.read')
  @ApiOkResponse({ type: BillResponse })
  async getBill(@Param('id', UUID) id: string): Promise<BillResponse> {
    const row = await this.store.billOf(id);
    if (!row) throw new DomainError('BILL.NOT_FOUND', `no bill for death record ${id}`, 'not-found');
    const yuan = (fen: string) => Money.ofFen(Number(fen)).toString();
    return {
      deathRecordId: id,
      lines: row.lines,
      total: yuan(row.total_fen),
      waived: yuan(row.waived_fen),
      due: yuan(row.due_fen),
      waiverBasis: row.waiver_basis,
    };
  }
}
