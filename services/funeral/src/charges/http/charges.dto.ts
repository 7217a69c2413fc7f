import { BusinessDateField, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

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

  @BusinessDateField('serviceDate', {
    optional: true,
    example: '2027-02-28',
    description: "the day the services were given (default today): the bill charges the funeral home's prices in force that day",
  })
  serviceDate?: string;
}

export class CatalogueQuery {
  @ApiPropertyOptional({
    example: '龙华殡仪馆',
    maxLength: 100,
    description: "a funeral home: its own prices where it has them, else the city's (default: city-wide)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  funeralHome?: string;

  @BusinessDateField('on', { optional: true, description: 'the prices in force on this day (default today)' })
  on?: string;
}

export class DatedPriceRequest extends PriceRequest {
  @ApiPropertyOptional({ example: '龙华殡仪馆', maxLength: 100, description: 'the funeral home whose price this is; omitted: the city-wide guide price' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  funeralHome?: string;

  @BusinessDateField('effectiveFrom', { optional: true, example: '2027-07-01', description: 'from this day on (today or later; default today)' })
  effectiveFrom?: string;
}

export class DatedPriceResponse {
  @ApiProperty({ example: '*', description: "a funeral home, or '*' for the city-wide guide price" }) funeralHome: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty({ example: '650.00' }) price: string;
  @ApiPropertyOptional() recordedBy?: string;
}

export class BillResponse {
  @ApiProperty({ format: 'uuid' }) deathRecordId: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'code, name, quantity, amount, waived per service' })
  lines: object[];
  @ApiProperty({ example: '1550.00' }) total: string;
  @ApiProperty({ example: '750.00' }) waived: string;
  @ApiProperty({ example: '800.00' }) due: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the benefit that made the deceased eligible for the waiver' }) waiverBasis: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'the day the services were given, whose prices were charged' })
  serviceDate: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) funeralHome: string | null;
}
