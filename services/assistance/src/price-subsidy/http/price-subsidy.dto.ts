import { PROGRAMME_CODES } from '../../programme/domain/programme';
import { DIVISION, IsDecimalNumber, MONTH, PageOf, PageQuery, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, Matches, Max, Min } from 'class-validator';

export class PriceIndexRequest {
  @ApiProperty({ example: '2026-04' })
  @Matches(MONTH, { message: 'month must be a month as YYYY-MM' })
  month: string;

  @ApiProperty({ example: 3.6, description: 'CPI year on year, percent (居民消费价格指数同比)' })
  @IsDecimalNumber(2)
  @Min(-100)
  @Max(1000)
  cpiYoYPercent: number;

  @ApiProperty({ example: 5.2, description: 'food prices year on year, percent (食品价格同比)' })
  @IsDecimalNumber(2)
  @Min(-100)
  @Max(1000)
  foodYoYPercent: number;
}

export class PriceIndexResponse {
  @ApiProperty({ example: '2026-04' }) month: string;
  @ApiProperty() cpiYoYPercent: number;
  @ApiProperty() foodYoYPercent: number;
  @ApiProperty({ description: 'a threshold was reached: subsidies issued for the month' }) triggered: boolean;
  @ApiProperty({ description: 'subsidies issued by this recording (0 when all were issued before)' }) subsidiesIssued: number;
  @ApiProperty({ example: '120.00' }) subsidiesTotal: string;
}

export class PolicyRequest {
  @ApiProperty({ example: 3.5 })
  @IsDecimalNumber(2)
  @Min(-100)
  @Max(1000)
  cpiThresholdPercent: number;

  @ApiProperty({ example: 6 })
  @IsDecimalNumber(2)
  @Min(-100)
  @Max(1000)
  foodThresholdPercent: number;

  @ApiProperty({ example: '60.00', description: 'per person covered, per triggered month' })
  @Matches(YUAN, { message: YUAN_MESSAGE('perPerson') })
  perPerson: string;

  @ApiProperty({ enum: PROGRAMME_CODES, isArray: true, example: ['dibao', 'tekun'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIn(PROGRAMME_CODES, { each: true })
  programmes: string[];
}

export class PolicyResponse extends PolicyRequest {
  @ApiProperty() version: number;
}

export class PriceIndexEntry {
  @ApiProperty() month: string;
  @ApiProperty() cpiYoYPercent: number;
  @ApiProperty() foodYoYPercent: number;
  @ApiProperty() triggered: boolean;
  @ApiProperty() subsidies: number;
}

export class PriceIndexPage extends PageOf(PriceIndexEntry) {}

export class SubsidyQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-04' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be a month as YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ example: '310104' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class SubsidyEntry {
  @ApiProperty() month: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ format: 'uuid' }) benefitId: string;
  @ApiProperty() districtCode: string;
  @ApiProperty() recipients: number;
  @ApiProperty({ example: '120.00' }) amount: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-05',
    description: 'the payment run that paid it (its line in that bank file); null until one has',
  })
  paidIn: string | null;
}

export class SubsidyPage extends PageOf(SubsidyEntry) {}
