import { CitizenIdField, DivisionCodeField, DivisionFilterQuery, MonthField, PageOf, PageQuery, QueryBoolean, TextField, YuanField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class OpenSupermarketRequest {
  @TextField(100, { example: '天平街道慈善超市' })
  name: string;

  @DivisionCodeField('divisionCode', { description: 'where the outlet is; residents eligible in its district shop there' })
  divisionCode: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the registered social organisation running it, if any' })
  @IsOptional()
  @IsUUID()
  operatorOrganisationId?: string | null;

  @YuanField('monthlyAllowance', { example: '100.00', description: 'goods each eligible resident may take a month, valued as receipted' })
  monthlyAllowance: string;
}

export class ChangeAllowanceRequest {
  @YuanField('monthlyAllowance', { example: '120.00' })
  monthlyAllowance: string;
}

export class CloseSupermarketRequest {
  @TextField(500, { example: '场地租约到期' })
  reason: string;
}

export class StockRequest {
  @ApiProperty({ format: 'uuid', description: 'a donation of goods, not on any shelves yet' })
  @IsUUID()
  donationId: string;
}

export class GiveGoodsRequest {
  @CitizenIdField('citizenId', { description: 'the resident at the counter (eligible through a 低保 or 特困 benefit in the district)' })
  citizenId: string;

  @ApiProperty({ format: 'uuid', description: 'the stock lot given from' })
  @IsUUID()
  stockId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(10000)
  quantity: number;
}

class SupermarketFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: string;
}

export class SupermarketListQuery extends IntersectionType(PageQuery, SupermarketFilterQuery) {}

export class StockQuery {
  @QueryBoolean('only lots with something left')
  inStock?: boolean;
}

class DistributionFilterQuery {
  @MonthField('month', { optional: true })
  month?: string;
}

export class DistributionListQuery extends IntersectionType(PageQuery, DistributionFilterQuery) {}

export class SupermarketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) operatorOrganisationId: string | null;
  @ApiProperty({ example: '100.00' }) monthlyAllowance: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
  @ApiProperty() version: number;
}

export class SupermarketPage extends PageOf(SupermarketResponse) {}

export class StockLotResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) donationId: string;
  @ApiProperty({ example: '大米' }) item: string;
  @ApiProperty({ example: '袋' }) unit: string;
  @ApiProperty() quantityReceived: number;
  @ApiProperty() quantityLeft: number;
  @ApiProperty({ example: '15.00', description: "the donation's receipted value shared over its units" }) unitValue: string;
  @ApiProperty({ format: 'date' }) receivedOn: string;
}

export class DistributionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) stockId: string;
  @ApiProperty({ description: 'masked unless the caller may read personal data' }) citizenId: string;
  @ApiProperty() item: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ example: '30.00' }) value: string;
  @ApiProperty({ format: 'date' }) givenOn: string;
}

export class DistributionPage extends PageOf(DistributionResponse) {}

export class CustomerResponse {
  @ApiProperty({ description: 'masked unless the caller may read personal data' }) citizenId: string;
  @ApiProperty({ description: 'holds a 低保 or 特困 benefit in the district of this supermarket today' }) eligible: boolean;
  @ApiProperty({ type: [String], example: ['dibao'] }) programmes: string[];
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ example: '100.00' }) monthlyAllowance: string;
  @ApiProperty({ example: '40.00', description: 'taken this month at every charity supermarket' }) usedThisMonth: string;
  @ApiProperty({ example: '60.00' }) remaining: string;
}
