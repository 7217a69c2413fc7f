import { BusinessDateField, DivisionFilterQuery, PageOf, PageQuery, TextField, YuanField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { DONOR_KINDS } from '../domain/donation';

export class DonatedGoodsRequest {
  @TextField(100, { example: '棉被' })
  description: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000000, example: 20 })
  @IsInt()
  @Min(1)
  @Max(1000000)
  quantity: number;

  @TextField(10, { example: '条' })
  unit: string;
}

export class ReceiveDonationRequest {
  @ApiProperty({ format: 'uuid', description: 'the registered organisation receiving it' })
  @IsUUID()
  organisationId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "one of the organisation's fundraising plans, running on receivedOn" })
  @IsOptional()
  @IsUUID()
  planId?: string | null;

  @ApiProperty({ enum: DONOR_KINDS })
  @IsIn(DONOR_KINDS)
  donorKind: (typeof DONOR_KINDS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: '张三', description: 'the donor, unless anonymous' })
  @ValidateIf((_o, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(100)
  donorName?: string | null;

  @ApiProperty({ enum: ['money', 'goods'] })
  @IsIn(['money', 'goods'])
  kind: 'money' | 'goods';

  @YuanField('value', { example: '2000.00', description: 'the amount of money, or the value of the goods as receipted' })
  value: string;

  @ApiPropertyOptional({ type: DonatedGoodsRequest, nullable: true, description: 'what the goods are (a donation of goods only)' })
  @ValidateIf((_o, value) => value !== null && value !== undefined)
  @ValidateNested()
  @Type(() => DonatedGoodsRequest)
  goods?: DonatedGoodsRequest | null;

  @BusinessDateField('receivedOn', { description: 'not later than today', example: '2026-11-28' })
  receivedOn: string;
}

class DonationFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "an organisation's donations, in receipt order" })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ enum: ['money', 'goods'] })
  @IsOptional()
  @IsIn(['money', 'goods'])
  kind?: string;
}

export class DonationListQuery extends IntersectionType(PageQuery, DonationFilterQuery) {}

export class DonatedGoodsResponse {
  @ApiProperty() description: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
}

export class DonationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) planId: string | null;
  @ApiProperty({ description: "the receipt (捐赠票据) number in the organisation's gapless sequence" }) receiptNo: number;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ type: String, nullable: true }) donorName: string | null;
  @ApiProperty({ enum: DONOR_KINDS }) donorKind: string;
  @ApiProperty({ enum: ['money', 'goods'] }) kind: string;
  @ApiProperty({ example: '2000.00' }) value: string;
  @ApiProperty({ type: DonatedGoodsResponse, nullable: true }) goods: DonatedGoodsResponse | null;
  @ApiProperty({ format: 'date' }) receivedOn: string;
}

export class DonationPage extends PageOf(DonationResponse) {}
