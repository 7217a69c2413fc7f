import { YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

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
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'code, name, quantity, amount, waived per service' })
  lines: object[];
  @ApiProperty({ example: '1550.00' }) total: string;
  @ApiProperty({ example: '750.00' }) waived: string;
  @ApiProperty({ example: '800.00' }) due: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the benefit that made the deceased eligible for the waiver' }) waiverBasis: string | null;
}
